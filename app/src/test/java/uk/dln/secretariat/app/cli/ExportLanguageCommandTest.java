package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.export.MeetingWorkspace;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.Workspace;

/** {@code export --language en|cy|bilingual} writes the files in that language; without it, in the network's. */
class ExportLanguageCommandTest {

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();
    private Path file;
    private Path out;

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(args);
    }

    @BeforeEach
    void workspaceWithMeetings() {
        file = folder.resolve("meetings.secretariat");
        try (var workspace = Workspace.open(file)) {
            MeetingWorkspace.fill(workspace.data());
        }
        out = folder.resolve("out");
    }

    private List<String> headings(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); var document = new XWPFDocument(in)) {
            return document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void languageCyWritesTheAgendaInWelsh() throws IOException {
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--meeting", "2026-11-26", "--document",
                "agenda", "--language", "cy", "--out", out.toString()));

        assertEquals(List.of("Agenda"), headings(out.resolve("Agenda 2026-11-26.docx")));
        try (InputStream in = Files.newInputStream(out.resolve("Agenda 2026-11-26.docx"));
             var document = new XWPFDocument(in)) {
            assertEquals("cy-GB", document.getProperties().getCoreProperties().getUnderlyingProperties()
                    .getLanguageProperty().orElseThrow());
            assertTrue(document.getTables().get(0).getRow(0).getCell(2).getText().equals("Pwnc"));
        }
    }

    @Test
    void withoutTheOptionThePackIsInTheNetworksLanguageAndTheOptionOverridesIt() throws IOException {
        try (var workspace = Workspace.open(file)) {
            workspace.settings().saveDocumentLanguage(DocumentLanguage.BILINGUAL);
        }
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--meeting", "2026-11-26", "--out",
                out.resolve("network").toString()));
        // A bilingual pack is named in Welsh, the language it gives first.
        assertTrue(headings(out.resolve("network").resolve("Pecyn y bwrdd 2026-11-26.docx"))
                .contains("Cynnwys / Contents"), err.toString());

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--meeting", "2026-11-26", "--language",
                "en", "--out", out.resolve("english").toString()));
        assertTrue(headings(out.resolve("english").resolve("Board pack 2026-11-26.docx")).contains("Contents"));
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheChoices() {
        assertFalse(run("-w", file.toString(), "export", "--language", "fr", "--out", out.toString())
                == ExitCodes.OK);
        assertTrue(err.toString().contains("Use en, cy or bilingual"), err.toString());
        assertFalse(Files.exists(out));
    }
}
