package uk.dln.secretariat.app.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.time.TypedDate;
import uk.dln.secretariat.model.SecretariatException;

/**
 * Every string a person reads comes from here. The bundle is {@code uk/dln/secretariat/app/messages*.properties};
 * a Welsh {@code messages_cy.properties} is picked up by locale with no code change.
 */
public final class Messages {

    public static final String BUNDLE = "uk.dln.secretariat.app.messages";

    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** For the language setting and for tests. */
    public static void useLocale(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The message for {@code key}, with {@link MessageFormat} arguments filled in. */
    public static String get(String key, Object... arguments) {
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
            resolved[i] = arguments[i] instanceof Problem nested ? of(nested)
                    : arguments[i] instanceof LocalDate date ? TypedDate.format(date) : arguments[i];
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(resolved);
    }

    public static String of(SecretariatException error) {
        return get(error.messageKey(), error.arguments().toArray());
    }

    public static String of(Problem problem) {
        return get(problem.messageKey(), problem.arguments().toArray());
    }

    /** A user-facing description of any failure: ours carry their message, anything else is unexpected. */
    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SecretariatException known) {
                return of(known);
            }
        }
        return get("error.unexpected", String.valueOf(error.getMessage()));
    }
}
