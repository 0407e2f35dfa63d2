package uk.dln.secretariat.app.i18n;

import java.util.List;
import java.util.Locale;
import uk.dln.secretariat.model.settings.DocumentLanguage;

/**
 * The words of what the app writes for people to read outside it (e-mail drafts, file names), in the document
 * language chosen for the export rather than the window's (decision 0036).
 */
public final class DocumentMessages {

    private DocumentMessages() {
    }

    /** The languages a text is written in, in order: Welsh then English in a bilingual one, each given whole. */
    public static List<Messages> inOrder(DocumentLanguage language) {
        return switch (language) {
            case ENGLISH -> List.of(new Messages(Locale.UK));
            case WELSH -> List.of(new Messages(language.locale()));
            case BILINGUAL -> List.of(new Messages(language.locale()), new Messages(Locale.UK));
        };
    }

    /** A file's name is in one language: Welsh for a Welsh or a bilingual document, English otherwise. */
    public static Messages forFileNames(DocumentLanguage language) {
        return new Messages(language.locale());
    }
}
