package uk.dln.secretariat.reports;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.ResourceBundle;
import java.util.Set;
import uk.dln.secretariat.model.settings.DocumentLanguage;

/**
 * The documents' words from this module's own bundle, in English, in Welsh, or bilingually.
 *
 * <p>Bilingual: each fixed heading, label and sentence is given whole in Welsh, then whole in English, joined by
 * {@value #SEPARATOR}; never a sentence that switches language half way. A word this object made (a status, a
 * date) that is placed inside one of its sentences goes in as the Welsh word in the Welsh sentence and the English
 * word in the English one (decision 0036).
 */
public final class ReportTexts implements Texts {

    public static final String BUNDLE = "uk.dln.secretariat.reports.reports";
    /** Between the Welsh and the English of one heading or label. */
    public static final String SEPARATOR = " / ";

    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final DocumentLanguage language;
    private final ResourceBundle english;
    private final ResourceBundle welsh;
    /** The two halves of each bilingual text handed out, so one placed in a sentence can be split again. */
    private final Map<String, String[]> halves = Collections.synchronizedMap(new IdentityHashMap<>());

    private ReportTexts(DocumentLanguage language) {
        this.language = Objects.requireNonNull(language);
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, control);
        this.welsh = ResourceBundle.getBundle(BUNDLE, WELSH, control);
    }

    public static ReportTexts of(DocumentLanguage language) {
        return new ReportTexts(language);
    }

    @Override
    public DocumentLanguage language() {
        return language;
    }

    @Override
    public Locale locale() {
        return language == DocumentLanguage.ENGLISH ? Locale.UK : WELSH;
    }

    @Override
    public String get(String key, Object... arguments) {
        return switch (language) {
            case ENGLISH -> format(english, Locale.UK, key, arguments, 1);
            case WELSH -> format(welsh, WELSH, key, arguments, 0);
            case BILINGUAL -> both(format(welsh, WELSH, key, arguments, 0),
                    format(english, Locale.UK, key, arguments, 1));
        };
    }

    @Override
    public Set<String> inEveryLanguage(String key) {
        var all = new LinkedHashSet<String>();
        all.add(format(english, Locale.UK, key, new Object[0], 1));
        all.add(format(welsh, WELSH, key, new Object[0], 0));
        all.add(get(key));
        return all;
    }

    /** In a bilingual document a date is given in both languages; the same date twice is given once. */
    @Override
    public String date(LocalDate date) {
        if (language != DocumentLanguage.BILINGUAL || date == null) {
            return Texts.super.date(date);
        }
        return both(DateTimeFormatter.ofPattern("d MMMM yyyy", WELSH).format(date),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date));
    }

    /** A bilingual table column has no room for two month names: the date in figures reads the same in both. */
    @Override
    public String shortDate(LocalDate date) {
        if (language != DocumentLanguage.BILINGUAL || date == null) {
            return Texts.super.shortDate(date);
        }
        return NUMERIC.format(date);
    }

    /**
     * Welsh, then English. A text of several lines (a date over "Overdue" in a cell) is paired line by line, so each
     * line reads "Welsh / English" and a line the same in both (the date) is given once.
     */
    private String both(String welshText, String englishText) {
        if (welshText.equals(englishText)) {
            return englishText;
        }
        String[] welshLines = welshText.split("\n", -1);
        String[] englishLines = englishText.split("\n", -1);
        String joined;
        if (welshLines.length > 1 && welshLines.length == englishLines.length) {
            var lines = new StringJoiner("\n");
            for (int i = 0; i < welshLines.length; i++) {
                lines.add(welshLines[i].equals(englishLines[i]) ? englishLines[i]
                        : welshLines[i] + SEPARATOR + englishLines[i]);
            }
            joined = lines.toString();
        } else {
            joined = welshText + SEPARATOR + englishText;
        }
        halves.put(joined, new String[] {welshText, englishText});
        return joined;
    }

    /** @param half 0 for the Welsh sentence, 1 for the English one: which half of a bilingual argument goes in */
    private String format(ResourceBundle bundle, Locale locale, String key, Object[] arguments, int half) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Never fail an export over a missing word: print the key, so it is noticed and reported.
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        var resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            String[] pair = arguments[i] instanceof String text ? halves.get(text) : null;
            resolved[i] = pair == null ? arguments[i] : pair[half];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }
}
