package uk.dln.secretariat.app.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.time.TypedDate;

/**
 * The words of the interface in one language, with the formatters that belong to it. The bundle is
 * {@code uk/dln/secretariat/app/messages*.properties}; {@code messages_cy.properties} is the Welsh.
 *
 * <p>An instance is passed by constructor to whatever runs outside the window (the command line, exports). The
 * static methods are the window's current language: a facade over {@link #current()}, switched by the language
 * preference, so that views keep calling {@code Messages.get(...)} (decision 0036).
 */
public final class Messages {

    public static final String BUNDLE = "uk.dln.secretariat.app.messages";
    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private static volatile Messages current = new Messages(Locale.getDefault());

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    /** The interface's words for the locale: Welsh for {@code cy}, British English otherwise. */
    public Messages(Locale locale) {
        // No fallback to the machine's locale: English asked for on a Welsh machine is English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // The window speaks British English or Welsh: dates and numbers follow the language asked for, even while
        // a word or two is not yet translated; any other language reads as the base bundle, British English.
        this.locale = locale.getLanguage().equals("cy") ? Locale.forLanguageTag("cy-GB") : Locale.UK;
        this.date = DateTimeFormatter.ofPattern(pattern("format.date", "d MMM yyyy"), this.locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(this.locale);
    }

    /** The window's current language. */
    public static Messages current() {
        return current;
    }

    /** Switches the window's language; views built afterwards, and labels re-read, speak it. */
    public static void use(Messages messages) {
        current = Objects.requireNonNull(messages);
    }

    /** For the language setting and for tests. */
    public static void useLocale(Locale locale) {
        use(new Messages(locale));
    }

    public static ResourceBundle bundle() {
        return current.bundle;
    }

    /** The message for {@code key} in the window's current language. */
    public static String get(String key, Object... arguments) {
        return current.text(key, arguments);
    }

    public static String of(SecretariatException error) {
        return current.textOf(error);
    }

    public static String of(Problem problem) {
        return current.textOf(problem);
    }

    /** A user-facing description of any failure: ours carry their message, anything else is unexpected. */
    public static String describe(Throwable error) {
        return current.description(error);
    }

    public ResourceBundle resources() {
        return bundle;
    }

    /** The language of the words and formats: {@code cy-GB} for Welsh, {@code en-GB} otherwise. */
    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, with {@link MessageFormat} arguments filled in. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Never crash over a missing string: show the key so it is noticed and reported.
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        var resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // A problem inside a problem (a field's message placed on a file's line) is shown as its own message.
            // Dates are shown as people type them (3/12/2026), never in the ISO form a LocalDate prints itself in.
            // A moment (when someone else saved a record) reads as the person's own time and date: "22:20 on 3 Dec 2026".
            resolved[i] = arguments[i] instanceof Problem nested ? textOf(nested)
                    : arguments[i] instanceof LocalDate day ? TypedDate.format(day)
                    : arguments[i] instanceof LocalDateTime moment ? timeOnDay(moment) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    public String textOf(SecretariatException error) {
        return text(error.messageKey(), error.arguments().toArray());
    }

    public String textOf(Problem problem) {
        return text(problem.messageKey(), problem.arguments().toArray());
    }

    public String description(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SecretariatException known) {
                return textOf(known);
            }
        }
        return text("error.unexpected", String.valueOf(error.getMessage()));
    }

    /** A date in the civil-service style, in this language: 12 Nov 2026, 12 Tach 2026. Empty for none. */
    public String date(LocalDate day) {
        return day == null ? "" : day.format(date);
    }

    private String timeOnDay(LocalDateTime moment) {
        return text("format.timeOnDay", moment.format(HOURS_AND_MINUTES), date(moment.toLocalDate()));
    }

    /** e.g. "22 Nov 2026, 10:15:30". */
    public String dateTime(LocalDateTime time) {
        return dateTime.format(time);
    }

    /** Numbers group and point as the language does. A new format each time: {@link NumberFormat} is not thread-safe. */
    public NumberFormat numbers() {
        return NumberFormat.getNumberInstance(locale);
    }

    private String pattern(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
