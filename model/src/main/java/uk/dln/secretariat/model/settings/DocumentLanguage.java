package uk.dln.secretariat.model.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * The language an exported document is written in. Bilingual documents give each fixed heading and label in Welsh
 * and then English, as the Welsh Language Standards expect of documents for the public (decision 0036).
 */
public enum DocumentLanguage {
    ENGLISH("en", "settings.documentLanguage.english"),
    WELSH("cy", "settings.documentLanguage.welsh"),
    BILINGUAL("bilingual", "settings.documentLanguage.bilingual");

    private final String code;
    private final String messageKey;

    DocumentLanguage(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    /** As stored and as typed after {@code export --language}: {@code en}, {@code cy}, {@code bilingual}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The language of the document's properties and spelling: Welsh for a Welsh or bilingual document. */
    public Locale locale() {
        return this == ENGLISH ? Locale.UK : Locale.forLanguageTag("cy-GB");
    }

    public static Optional<DocumentLanguage> fromCode(String code) {
        for (DocumentLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
