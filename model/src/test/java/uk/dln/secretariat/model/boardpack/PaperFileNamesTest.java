package uk.dln.secretariat.model.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaperFileNamesTest {

    @Test
    void aPaperIsNamedByItsReferenceWithAHyphenForTheSlashAndItsTitle() {
        assertEquals(List.of("DLN(26)11-03 Cloud hosting strategy refresh.pdf"),
                PaperFileNames.of("DLN(26)11/03 Cloud hosting strategy refresh", List.of("final v3.PDF")));
    }

    @Test
    void anItemWithSeveralFilesLettersThemAsTheCoverSheetLettersItsAnnexes() {
        assertEquals(List.of("DLN(26)11-03 Cloud (A).pdf", "DLN(26)11-03 Cloud (B).xlsx", "DLN(26)11-03 Cloud (C)"),
                PaperFileNames.of("DLN(26)11/03 Cloud", List.of("plan.pdf", "costs.xlsx", "README")));
    }

    @Test
    void charactersWindowsRefusesAreReplacedAndTrailingDotsDropped() {
        assertEquals(List.of("DLN(26)11-05 AI assurance - pilots -what- -now- a-b-c-d.docx"),
                PaperFileNames.of("DLN(26)11/05 AI assurance: pilots <what> \"now\" a|b*c?d..", List.of("x.docx")));
    }

    @Test
    void aNameWindowsReservesIsMadeSafe() {
        assertEquals(List.of("_CON.pdf"), PaperFileNames.of("CON", List.of("a.pdf")));
    }

    @Test
    void aVeryLongTitleIsShortenedBeforeTheExtension() {
        String name = PaperFileNames.of("DLN(26)11/05 " + "Long title ".repeat(30), List.of("a.pptx")).get(0);
        assertTrue(name.length() <= 106 && name.endsWith(".pptx") && name.startsWith("DLN(26)11-05 Long"), name);
    }

    @Test
    void anExtensionThatIsNotOneIsLeftOff() {
        assertEquals(List.of("DLN(26)11-05 Paper"), PaperFileNames.of("DLN(26)11/05 Paper", List.of("notes.a b")));
    }
}
