package uk.dln.secretariat.app.actions;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.HeaderTokenizer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Saves chasers as {@code .eml} files (RFC 5322 with a MIME text body) that a mail client opens as a draft, because
 * the secretariat often works offline. {@code X-Unsent: 1} is what makes Outlook and Thunderbird treat the file as
 * a message to send rather than one received.
 *
 * <p>The message is built and written by Jakarta Mail, never by joining strings: names and subjects go out as RFC 2047
 * encoded words and addresses are checked by the library, so a line break in a stored name or address can never
 * start a header of its own. An address is trimmed and an international domain written in its ASCII form; an address
 * the library will not take, or one whose part before the @ is not ASCII, leaves the chaser addressed to the owner's
 * name alone, for the sender to fill in.
 */
public final class ChaserWriter {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Path folder;

    public ChaserWriter(Path folder) {
        this.folder = folder;
    }

    /** Writes every chaser; an existing file for the same owner is replaced. @return the files written */
    public List<Path> writeAll(List<Chasers.Chaser> chasers) throws IOException {
        Files.createDirectories(folder);
        var written = new ArrayList<Path>();
        ZonedDateTime now = ZonedDateTime.now();
        for (Chasers.Chaser chaser : chasers) {
            Path file = folder.resolve("chaser-" + slug(chaser.ownerName()) + "-" + chaser.ownerId() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                write(chaser, now, out);
            }
            written.add(file);
        }
        return written;
    }

    /** Writes one chaser as a message file. */
    static void write(Chasers.Chaser chaser, ZonedDateTime now, OutputStream out) throws IOException {
        try {
            message(chaser, now).writeTo(out);
        } catch (MessagingException e) {
            throw new IOException("Could not write the chaser for " + chaser.ownerId(), e);
        }
    }

    static MimeMessage message(Chasers.Chaser chaser, ZonedDateTime now) throws MessagingException {
        var message = new MimeMessage(SESSION);
        message.setHeader("X-Unsent", "1");
        message.setRecipient(Message.RecipientType.TO, recipient(headerText(chaser.ownerName()), chaser.email()));
        message.setSubject(headerText(chaser.subject()), "UTF-8");
        message.setSentDate(Date.from(now.toInstant()));
        message.setText(chaser.body().replace("\r\n", "\n").replace('\r', '\n'), "UTF-8");
        message.saveChanges();
        // saveChanges adds a Message-ID; a draft gets its own when it is sent.
        message.removeHeader("Message-ID");
        return message;
    }

    /** The owner with their address; only their name (an empty group) when the address is missing or unusable. */
    private static InternetAddress recipient(String name, String email) throws MessagingException {
        String address = address(email);
        if (address != null) {
            try {
                var recipient = new InternetAddress(address, name.isEmpty() ? null : name, "UTF-8");
                recipient.validate();
                return recipient;
            } catch (AddressException | UnsupportedEncodingException e) {
                // Falls through to the name alone: a chaser is still worth writing.
            }
        }
        var group = new InternetAddress();
        group.setAddress(phrase(name.isEmpty() ? "?" : name) + ":;");
        return group;
    }

    /** The address without spaces around or in it, its domain in ASCII; null when there is none to try. */
    private static String address(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.replaceAll("[\\s\\p{Cntrl}]+", "");
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            return null;
        }
        try {
            String address = trimmed.substring(0, at + 1) + IDN.toASCII(trimmed.substring(at + 1), IDN.ALLOW_UNASSIGNED);
            // A name before the @ in another script needs SMTPUTF8, which a saved draft cannot count on.
            return StandardCharsets.US_ASCII.newEncoder().canEncode(address) ? address : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A display name as RFC 5322 wants it in a group: quoted if it is ASCII, an encoded word if not. */
    private static String phrase(String name) throws MessagingException {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
        try {
            return ascii ? MimeUtility.quote(name, HeaderTokenizer.RFC822) : MimeUtility.encodeWord(name, "UTF-8", "B");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is missing", e);
        }
    }

    /** A header's words on one line: control characters (line breaks included) become spaces. */
    static String headerText(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "owner" : slug;
    }
}
