package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.settings.DocumentLanguage;

class ReportTextsTest {

    private static final LocalDate THIRD_OF_DECEMBER = LocalDate.of(2026, 12, 3);

    private final ReportTexts english = ReportTexts.of(DocumentLanguage.ENGLISH);
    private final ReportTexts welsh = ReportTexts.of(DocumentLanguage.WELSH);
    private final ReportTexts bilingual = ReportTexts.of(DocumentLanguage.BILINGUAL);

    @Test
    void aWelshDocumentWritesDatesWithWelshMonths() {
        assertEquals("3 Rhagfyr 2026", welsh.date(THIRD_OF_DECEMBER));
        assertEquals("3 December 2026", english.date(THIRD_OF_DECEMBER));
    }

    @Test
    void aBilingualDocumentGivesAHeadingInWelshFirstThenEnglish() {
        assertEquals("Cynnwys / Contents", bilingual.get("pack.contents.heading"));
    }

    @Test
    void aWordSharedByBothLanguagesIsGivenOnce() {
        assertEquals("Agenda", bilingual.get("pack.section.agenda"));
    }

    @Test
    void aBilingualWordPlacedInASentenceGoesInWelshIntoTheWelshAndEnglishIntoTheEnglish() {
        String amber = bilingual.get("roadmaps.confidence.amber");
        assertEquals("\u25B2 I fyny o Ambr / \u25B2 Up from Amber", bilingual.get("pack.glance.up", amber));
    }

    @Test
    void aBilingualDateInASentenceIsNeverMixed() {
        assertEquals("Cynhelir y cyfarfod nesaf ar 3 Rhagfyr 2026. / The next meeting will be held on 3 December "
                + "2026.", bilingual.get("pack.minutes.nextMeeting", bilingual.date(THIRD_OF_DECEMBER)));
    }

    @Test
    void aBilingualCellOfSeveralLinesPairsItsLinesAndGivesTheSameLineOnce() {
        String date = bilingual.shortDate(THIRD_OF_DECEMBER);
        assertEquals("3/12/2026\nYn hwyr / Overdue", bilingual.get("pack.risk.reviewOverdue", date));
    }

    @Test
    void anEnglishDocumentMadeOnAWelshMachineIsInEnglish() {
        java.util.Locale machine = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("cy-GB"));
            assertEquals("Contents", ReportTexts.of(DocumentLanguage.ENGLISH).get("pack.contents.heading"));
        } finally {
            java.util.Locale.setDefault(machine);
        }
    }

    @Test
    void welshAndBilingualDocumentsAreWelshInTheirProperties() {
        assertEquals("cy-GB", welsh.languageTag());
        assertEquals("cy-GB", bilingual.languageTag());
        assertEquals("en-GB", english.languageTag());
    }
}
