package uk.dln.secretariat.app.actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Saves chasers as {@code .eml} files (RFC 5322 with a MIME text body) that a mail client opens as a draft, because
 * the secretariat often works offline. {@code X-Unsent: 1} is what makes Outlook and Thunderbird treat the file as
 * a message to send rather than one received. Headers are ASCII: names and subjects go as UTF-8 encoded words, the
 * body as base64, so any language survives any mail client.
 */
public final class ChaserWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Path folder;

    public ChaserWriter(Path folder) {
        this.folder = folder;
    }

    /** Writes every chaser; an existing file for the same owner is replaced. @return the files written */
    public List<Path> writeAll(List<Chasers.Chaser> chasers) throws IOException {
        Files.createDirectories(folder);
        var written = new ArrayList<Path>();
        for (Chasers.Chaser chaser : chasers) {
            Path file = folder.resolve("chaser-" + slug(chaser.ownerName()) + "-" + chaser.ownerId() + ".eml");
            Files.writeString(file, message(chaser, ZonedDateTime.now()), StandardCharsets.US_ASCII);
            written.add(file);
        }
        return written;
    }

    static String message(Chasers.Chaser chaser, ZonedDateTime now) {
        String to = chaser.email().isBlank() ? encodedWord(chaser.ownerName()) + ":;"
                : encodedWord(chaser.ownerName()) + " <" + chaser.email() + ">";
        var text = new StringBuilder();
        header(text, "X-Unsent", "1");
        header(text, "To", to);
        header(text, "Subject", ascii(chaser.subject()) ? chaser.subject() : encodedWord(chaser.subject()));
        header(text, "Date", DATE.format(now));
        header(text, "MIME-Version", "1.0");
        header(text, "Content-Type", "text/plain; charset=UTF-8");
        header(text, "Content-Transfer-Encoding", "base64");
        text.append("\r\n");
        String body = chaser.body().replace("\r\n", "\n").replace("\n", "\r\n");
        text.append(Base64.getMimeEncoder(76, new byte[] {'\r', '\n'})
                .encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        return text.toString();
    }

    private static void header(StringBuilder text, String name, String value) {
        text.append(name).append(": ").append(value).append("\r\n");
    }

    /** RFC 2047: plain ASCII words stay readable; anything else is base64 in UTF-8. */
    static String encodedWord(String value) {
        boolean plain = ascii(value) && value.chars().noneMatch(c -> c == '"' || c == '\\' || c == '=');
        return plain ? "\"" + value + "\"" : "=?UTF-8?B?"
                + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static boolean ascii(String value) {
        return value.chars().allMatch(c -> c >= 32 && c < 127);
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "owner" : slug;
    }
}
