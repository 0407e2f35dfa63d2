package uk.dln.secretariat.app.actions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chasers are real MIME messages: read back with Jakarta Mail, every header is what was meant and nothing more. */
class ChaserWriterTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> HEADERS =
            List.of("X-Unsent", "To", "Subject", "Date", "MIME-Version", "Content-Type", "Content-Transfer-Encoding");

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r", "\r\n "})
    void aLineBreakInAStoredNameOrAddressNeverStartsAHeader(String lineBreak) throws Exception {
        var chaser = new Chasers.Chaser(1, "Ann Owner" + lineBreak + "Bcc: victim@example.com",
                "ann@dwp.gov.uk" + lineBreak + "Bcc: victim@example.com",
                "Actions" + lineBreak + "Bcc: victim@example.com", "Dear Ann");

        var raw = written(chaser);
        MimeMessage message = readBack(raw);

        assertNull(message.getHeader("Bcc"));
        assertNull(message.getRecipients(Message.RecipientType.BCC));
        assertEquals(HEADERS.stream().sorted().toList(), headerNames(message).stream().sorted().toList());
        assertEquals(1, message.getHeader("To").length);
        assertTrue(message.getSubject().contains("Bcc: victim@example.com"), message.getSubject());
        assertTrue(message.getSubject().startsWith("Actions "), message.getSubject());
    }

    @Test
    void aNonAsciiDisplayNameIsAnEncodedWordAndReadsBackAsTyped() throws Exception {
        var chaser = new Chasers.Chaser(1, "Siân Llŷr", "sian@llyw.cymru", "Camau i’w cymryd", "Annwyl Siân");

        var raw = written(chaser);
        MimeMessage message = readBack(raw);

        assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(new String(raw, StandardCharsets.UTF_8)),
                "a message in plain ASCII travels through any client");
        assertTrue(message.getHeader("To")[0].contains("=?UTF-8?"), message.getHeader("To")[0]);
        var to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("Siân Llŷr", to.getPersonal());
        assertEquals("sian@llyw.cymru", to.getAddress());
        assertEquals("Camau i’w cymryd", message.getSubject());
        assertEquals("Annwyl Siân", ((String) message.getContent()).strip());
        assertArrayEquals(new String[] {"1"}, message.getHeader("X-Unsent"));
    }

    @Test
    void strayWhiteSpaceAroundAndInsideAnAddressIsTrimmed() throws Exception {
        var chaser = new Chasers.Chaser(1, "  Ann Owner ", "  ann @dwp.gov.uk \t", "Actions", "Dear Ann");

        var to = (InternetAddress) readBack(written(chaser)).getRecipients(Message.RecipientType.TO)[0];

        assertEquals("ann@dwp.gov.uk", to.getAddress());
        assertEquals("Ann Owner", to.getPersonal());
    }

    @Test
    void anInternationalDomainIsWrittenInItsAsciiForm() throws Exception {
        var chaser = new Chasers.Chaser(1, "Dŵr Owner", "swyddfa@dŵr.cymru", "Actions", "Dear owner");

        var to = (InternetAddress) readBack(written(chaser)).getRecipients(Message.RecipientType.TO)[0];

        assertEquals("swyddfa@xn--dr-bva.cymru", to.getAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "not an address", "siân@llyw.cymru", "a@b@c", "@gov.uk", "ann@"})
    void anAddressTheLibraryCannotTakeLeavesTheChaserAddressedToTheNameAlone(String email) throws Exception {
        var chaser = new Chasers.Chaser(1, "Ann \"the\" Owner", email, "Actions", "Dear Ann");

        MimeMessage message = readBack(written(chaser));

        var to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertTrue(to.isGroup(), to.toString());
        assertTrue(to.getAddress().startsWith("\"Ann \\\"the\\\" Owner\":"), to.getAddress());
        assertEquals(0, to.getGroup(false).length);
    }

    @Test
    void aBodyInAnyLanguageReadsBackAsWritten() throws Exception {
        String body = "Annwyl Siân,\n\nA26/01/01 — Adolygu’r strategaeth\r\nDiolch\n";
        var chaser = new Chasers.Chaser(1, "Siân", "sian@llyw.cymru", "Camau", body);

        String read = (String) readBack(written(chaser)).getContent();

        assertEquals(body.replace("\r\n", "\n"), read.replace("\r\n", "\n"));
    }

    private static byte[] written(Chasers.Chaser chaser) throws Exception {
        var out = new ByteArrayOutputStream();
        ChaserWriter.write(chaser, NOW, out);
        return out.toByteArray();
    }

    private static MimeMessage readBack(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    private static List<String> headerNames(MimeMessage message) throws Exception {
        return Collections.list(message.getAllHeaders()).stream().map(jakarta.mail.Header::getName).toList();
    }
}
