package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.Workspace;

/** Every command speaks the person's language, as the window does; the files keep to the document language. */
class CommandLineLanguageTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

    @TempDir
    Path folder;

    private final TestPreferences store = new TestPreferences();

    @AfterEach
    void tearDown() throws Exception {
        Messages.useLocale(Locale.UK);
        store.close();
    }

    @Test
    void theLanguageChosenForTheWindowIsTheCommandLinesOnAnEnglishSystem() {
        store.preferences().saveLanguage(WELSH);
        assertEquals("cy", SecretariatCommand.messagesFor(store.preferences(), Locale.UK).locale().getLanguage());
    }

    @Test
    void withNoChoiceTheCommandLineSpeaksTheSystemsLanguage() {
        assertEquals("cy", SecretariatCommand.messagesFor(store.preferences(), WELSH).locale().getLanguage());
        assertEquals("en", SecretariatCommand.messagesFor(store.preferences(), Locale.UK).locale().getLanguage());
    }

    @Test
    void initCheckAndReturnsSpeakWelshAndTheChasersFollowTheNetworksEnglish() throws Exception {
        var err = new StringWriter();
        Path file = folder.resolve("w.secretariat");
        var welsh = new Messages(WELSH);

        assertEquals(ExitCodes.OK, run(err, welsh, "-w", file.toString(), "init"));
        assertEquals(ExitCodes.OK, run(err, welsh, "-w", file.toString(), "check"));
        assertEquals(ExitCodes.OK, run(err, welsh, "-w", file.toString(), "demo"));
        try (var workspace = Workspace.open(file)) {
            workspace.settings().saveDocumentLanguage(DocumentLanguage.ENGLISH);
        }
        Path returns = folder.resolve("returns");
        assertEquals(ExitCodes.OK, run(err, welsh, "-w", file.toString(), "returns", "issue", "--out",
                returns.toString()));
        assertEquals(ExitCodes.OK, run(err, welsh, "-w", file.toString(), "returns", "chase", "--folder",
                returns.toString()));

        String said = err.toString();
        assertTrue(said.contains("Crëwyd y gweithle"), said);
        assertTrue(said.contains("Llwyddodd y gwiriad cyfanrwydd."), said);
        assertTrue(!said.contains("Integrity check passed") && !said.contains("Created workspace"), said);
        try (var drafts = Files.list(returns.resolve("chasers"))) {
            String draft = Files.readString(drafts.findFirst().orElseThrow());
            assertTrue(draft.contains("Subject: Reminder: "), draft);
        }
    }

    private static int run(StringWriter err, Messages messages, String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                messages).execute(args);
    }
}
