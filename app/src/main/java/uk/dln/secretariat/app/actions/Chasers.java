package uk.dln.secretariat.app.actions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dln.secretariat.app.i18n.DocumentMessages;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.settings.DocumentLanguage;

/** Reminders for owners of their overdue and due-soon actions: one per owner, ready to send. */
public final class Chasers {

    /** One owner's reminder. */
    public record Chaser(long ownerId, String ownerName, String email, String subject, String body) {
    }

    private Chasers() {
    }

    /** A chaser for every owner with at least one overdue or due-soon live action, in owner name order, in English. */
    public static List<Chaser> build(List<ActionLogEntry> log, LocalDate today, int dueSoonDays, String networkName) {
        return build(log, today, dueSoonDays, networkName, DocumentLanguage.ENGLISH);
    }

    /**
     * As above, in the document language (the network's default), not the window's: a bilingual chaser gives the
     * whole Welsh message, then the whole English one (decision 0036).
     */
    public static List<Chaser> build(List<ActionLogEntry> log, LocalDate today, int dueSoonDays, String networkName,
                                     DocumentLanguage language) {
        Map<Long, List<ActionLogEntry>> byOwner = new LinkedHashMap<>();
        log.stream()
                .filter(e -> e.action().isOverdueOn(today) || e.isDueSoon(today, dueSoonDays))
                .sorted(Comparator.comparing(ActionLogEntry::ownerName)
                        .thenComparing(e -> e.action().dueOn()))
                .forEach(e -> byOwner.computeIfAbsent(e.action().ownerId(), id -> new java.util.ArrayList<>()).add(e));
        var languages = DocumentMessages.inOrder(language);
        return byOwner.values().stream().map(entries -> {
            List<Chaser> inEach = languages.stream()
                    .map(words -> chaser(words, entries, today, dueSoonDays, networkName))
                    .toList();
            var first = inEach.get(0);
            return new Chaser(first.ownerId(), first.ownerName(), first.email(),
                    String.join(" / ", inEach.stream().map(Chaser::subject).toList()),
                    String.join("\n-----\n\n", inEach.stream().map(Chaser::body).toList()));
        }).toList();
    }

    private static Chaser chaser(Messages words, List<ActionLogEntry> entries, LocalDate today, int dueSoonDays,
                                 String networkName) {
        ActionLogEntry first = entries.get(0);
        var body = new StringBuilder(words.text("actions.chaser.greeting", first.ownerName())).append("\n\n");
        var overdue = entries.stream().filter(e -> e.action().isOverdueOn(today)).toList();
        var dueSoon = entries.stream().filter(e -> !e.action().isOverdueOn(today)).toList();
        if (!overdue.isEmpty()) {
            body.append(words.text("actions.chaser.overdue", overdue.size())).append("\n\n");
            overdue.forEach(e -> body.append(line(words, e)));
            body.append('\n');
        }
        if (!dueSoon.isEmpty()) {
            body.append(words.text("actions.chaser.dueSoon", dueSoon.size(), dueSoonDays)).append("\n\n");
            dueSoon.forEach(e -> body.append(line(words, e)));
            body.append('\n');
        }
        body.append(words.text("actions.chaser.closing", networkName)).append('\n');
        String subject = words.text("actions.chaser.subject", networkName, overdue.size(), dueSoon.size());
        return new Chaser(first.action().ownerId(), first.ownerName(), first.ownerEmail(), subject, body.toString());
    }

    private static String line(Messages words, ActionLogEntry entry) {
        return words.text("actions.chaser.line", entry.action().reference(), entry.action().description(),
                words.date(entry.action().dueOn()), entry.organisationShortName()) + "\n";
    }
}
