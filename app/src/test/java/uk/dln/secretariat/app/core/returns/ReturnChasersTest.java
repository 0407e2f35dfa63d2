package uk.dln.secretariat.app.core.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.model.settings.DocumentLanguage;

class ReturnChasersTest {

    private final Clock clock = Clock.systemDefaultZone();

    @TempDir
    Path folder;

    @Test
    void eachOutstandingReturnGetsADraftWithItsWorkbookAttachedAndIsMarkedChased() throws Exception {
        try (var workspace = DemoWorkspace.open(folder.resolve("w.secretariat"), clock)) {
            Path returns = folder.resolve("returns");
            var issued = DemoWorkspace.issueReturns(workspace.data(), clock, returns);
            new ReturnIntake(clock).preview(workspace.data(), issued.get(0).file());

            var drafts = new ReturnChasers(clock).write(workspace.data(), returns);

            assertEquals(issued.size() - 1, drafts.size(), "the return already received is not chased");
            MimeMessage draft;
            try (InputStream in = Files.newInputStream(drafts.get(0))) {
                draft = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertEquals("1", draft.getHeader("X-Unsent", null));
            assertTrue(draft.getSubject().startsWith("Reminder: "), draft.getSubject());
            var parts = (MimeMultipart) draft.getContent();
            assertEquals(2, parts.getCount());
            assertTrue(parts.getBodyPart(1).getFileName().endsWith(".xlsx"));
            assertNotNull(workspace.returns().find(issued.get(1).issued().id()).orElseThrow().chasedAt());
        }
    }

    @Test
    void draftsFollowTheNetworksDocumentLanguageNotTheWindows() throws Exception {
        Messages.useLocale(Locale.UK);
        try (var workspace = DemoWorkspace.open(folder.resolve("w.secretariat"), clock)) {
            workspace.settings().saveDocumentLanguage(DocumentLanguage.WELSH);
            Path returns = folder.resolve("returns");
            DemoWorkspace.issueReturns(workspace.data(), clock, returns);

            var welsh = read(new ReturnChasers(clock).write(workspace.data(), returns).get(0));
            assertTrue(welsh.getSubject().startsWith("Nodyn atgoffa: "), welsh.getSubject());

            workspace.settings().saveDocumentLanguage(DocumentLanguage.BILINGUAL);
            var bilingual = read(new ReturnChasers(clock).write(workspace.data(), returns).get(0));
            assertTrue(bilingual.getSubject().startsWith("Nodyn atgoffa: "), bilingual.getSubject());
            assertTrue(bilingual.getSubject().contains(" / Reminder: "), bilingual.getSubject());
        }
    }

    private static MimeMessage read(Path draft) throws Exception {
        try (InputStream in = Files.newInputStream(draft)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}

