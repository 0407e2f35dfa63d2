package uk.dln.secretariat.reports;

import java.util.Locale;
import java.util.ResourceBundle;
import uk.dln.secretariat.model.settings.DocumentLanguage;

/**
 * This module's own words in a language, failing on a key the bundle lacks, so tests see the words a reader sees and
 * a missing word fails the test that printed it. English unless told.
 */
public final class BundleTexts implements Texts {

    private final ReportTexts texts;
    private final ResourceBundle english = ResourceBundle.getBundle(ReportTexts.BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public BundleTexts() {
        this(DocumentLanguage.ENGLISH);
    }

    public BundleTexts(DocumentLanguage language) {
        this.texts = ReportTexts.of(language);
    }

    @Override
    public String get(String key, Object... arguments) {
        if (!english.containsKey(key)) {
            throw new AssertionError("missing message " + key);
        }
        return texts.get(key, arguments);
    }

    @Override
    public java.util.Set<String> inEveryLanguage(String key) {
        return texts.inEveryLanguage(key);
    }

    @Override
    public Locale locale() {
        return texts.locale();
    }

    @Override
    public DocumentLanguage language() {
        return texts.language();
    }

    @Override
    public String date(java.time.LocalDate date) {
        return texts.date(date);
    }

    @Override
    public String shortDate(java.time.LocalDate date) {
        return texts.shortDate(date);
    }
}
