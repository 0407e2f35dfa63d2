package uk.dln.secretariat.app.core.returns;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import uk.dln.secretariat.app.i18n.DocumentMessages;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Chasers for outstanding returns: one {@code .eml} draft per return not yet received, to the organisation's
 * coordinator, with the workbook attached, written beside the returns. {@code X-Unsent: 1} makes Outlook and
 * Thunderbird open it as a draft (decision 0016).
 */
public final class ReturnChasers {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Clock clock;

    public ReturnChasers(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param folder where the returns were issued; the chasers go into its {@code chasers} folder
     * @return the drafts written
     */
    public List<Path> write(WorkspaceData workspace, Path folder) {
        LocalDate today = LocalDate.now(clock);
        var written = new ArrayList<Path>();
        Path out = folder.resolve("chasers");
        try {
            Files.createDirectories(out);
            for (IssuedReturn issued : outstanding(workspace.returns().findAll())) {
                Leader coordinator = coordinator(workspace, issued.organisationId(), today);
                Path file = out.resolve(issued.fileName().replaceAll("\\.xlsx$", "") + ".eml");
                try (OutputStream stream = Files.newOutputStream(file)) {
                    message(issued, coordinator, folder.resolve(issued.fileName()),
                            workspace.settings().documentLanguage()).writeTo(stream);
                }
                workspace.returns().markChased(issued.id());
                written.add(file);
            }
        } catch (IOException | MessagingException e) {
            throw new SecretariatException("pack.error.write", out);
        }
        return written;
    }

    /** The latest return of each organisation, where it has not come back. */
    static List<IssuedReturn> outstanding(List<IssuedReturn> newestFirst) {
        return ReturnCycle.current(newestFirst).stream().filter(r -> r.state() == IssuedReturn.State.OUTSTANDING)
                .toList();
    }

    /** The organisation's coordinator on the day, if it has one. */
    static Leader coordinator(WorkspaceData workspace, long organisationId, LocalDate day) {
        return workspace.memberships().forOrganisation(organisationId).stream()
                .map(view -> view.membership())
                .filter(m -> m.role() == NetworkRole.COORDINATOR && m.isCurrentOn(day))
                .findFirst().flatMap(m -> workspace.leaders().find(m.leaderId())).orElse(null);
    }

    /**
     * A draft in the network's document language, not the window's: Welsh, English, or bilingual with the Welsh
     * first and then the English, each whole (decision 0036).
     */
    private MimeMessage message(IssuedReturn issued, Leader coordinator, Path workbook, DocumentLanguage language)
            throws MessagingException, IOException {
        var message = new MimeMessage(SESSION);
        message.setHeader("X-Unsent", "1");
        if (coordinator != null && coordinator.email() != null && !coordinator.email().isBlank()) {
            try {
                message.setRecipient(Message.RecipientType.TO,
                        new InternetAddress(coordinator.email().strip(), coordinator.name(), "UTF-8"));
            } catch (UnsupportedEncodingException | MessagingException e) {
                // A draft without an address is still worth writing: the secretariat adds one.
            }
        }
        var subject = new ArrayList<String>();
        var text = new ArrayList<String>();
        for (var words : DocumentMessages.inOrder(language)) {
            subject.add(words.text("returns.chaser.subject", issued.organisation(), words.date(issued.dueOn())));
            text.add(words.text("returns.chaser.body", coordinator == null ? "" : coordinator.name(),
                    words.date(issued.issuedAt().toLocalDate()), words.date(issued.dueOn())));
        }
        message.setSubject(String.join(" / ", subject), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        var body = new MimeBodyPart();
        body.setText(String.join("\n\n-----\n\n", text), "UTF-8");
        var parts = new MimeMultipart(body);
        if (Files.isRegularFile(workbook)) {
            var attachment = new MimeBodyPart();
            attachment.attachFile(workbook.toFile(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "base64");
            parts.addBodyPart(attachment);
        }
        message.setContent(parts);
        message.saveChanges();
        message.removeHeader("Message-ID");
        return message;
    }
}
