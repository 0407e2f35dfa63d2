package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.Workspace;

/** A file is named in the language it is written in, whatever language the window or the command line speaks. */
class ExportFileNamesFollowTheDocumentLanguageTest {

    @TempDir
    Path folder;

    @AfterEach
    void backToEnglish() {
        Messages.useLocale(Locale.UK);
    }

    @Test
    void aWelshPackFromAnEnglishWindowIsNamedInWelsh() throws Exception {
        Messages.useLocale(Locale.UK);
        try (var workspace = demo()) {
            workspace.settings().saveDocumentLanguage(DocumentLanguage.WELSH);
            var meeting = workspace.meetings().findAll().get(0);
            var result = new PackExporter().export(workspace.data(), meeting, meeting.date(),
                    EnumSet.of(PackSection.AGENDA), Files.createDirectories(folder.resolve("cy")), Progress.none());
            assertEquals("Pecyn y bwrdd " + meeting.date() + ".docx", result.pack().getFileName().toString());
            assertEquals("Tracwyr " + meeting.date() + ".xlsx", result.trackers().getFileName().toString());
        }
    }

    @Test
    void anEnglishOverrideFromAWelshWindowIsNamedInEnglish() throws Exception {
        Messages.useLocale(Locale.forLanguageTag("cy-GB"));
        try (var workspace = demo()) {
            workspace.settings().saveDocumentLanguage(DocumentLanguage.WELSH);
            var meeting = workspace.meetings().findAll().get(0);
            var result = new PackExporter().export(workspace.data(), meeting, meeting.date(),
                    EnumSet.of(PackSection.AGENDA), Files.createDirectories(folder.resolve("en")),
                    PackExporter.Options.WORD_AND_EXCEL.inLanguage(DocumentLanguage.ENGLISH), Progress.none());
            assertEquals("Board pack " + meeting.date() + ".docx", result.pack().getFileName().toString());
        }
    }

    @Test
    void bilingualMinutesFromAnEnglishWindowAreNamedInWelshFirst() throws Exception {
        Messages.useLocale(Locale.UK);
        try (var workspace = demo()) {
            Meeting held = workspace.meetings().findAll().stream()
                    .filter(m -> m.status().compareTo(MeetingStatus.HELD) >= 0).findFirst().orElseThrow();
            var written = new DocumentExporter(DocumentLanguage.BILINGUAL).export(workspace.data(), held,
                    MeetingDocument.MINUTES, 0, Files.createDirectories(folder.resolve("bilingual")));
            assertTrue(written.getFileName().toString().startsWith("Cofnodion"), written.toString());
        }
    }

    private Workspace demo() {
        return DemoWorkspace.open(folder.resolve("w.secretariat"));
    }
}
