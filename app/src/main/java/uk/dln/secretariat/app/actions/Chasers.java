package uk.dln.secretariat.app.actions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionLogEntry;

/** Reminders for owners of their overdue and due-soon actions: one per owner, ready to send. */
public final class Chasers {

    /** One owner's reminder. */
    public record Chaser(long ownerId, String ownerName, String email, String subject, String body) {
    }

    private Chasers() {
    }

    /** A chaser for every owner with at least one overdue or due-soon live action, in owner name order. */
    public static List<Chaser> build(List<ActionLogEntry> log, LocalDate today, int dueSoonDays, String networkName) {
        Map<Long, List<ActionLogEntry>> byOwner = new LinkedHashMap<>();
        log.stream()
                .filter(e -> e.action().isOverdueOn(today) || e.isDueSoon(today, dueSoonDays))
                .sorted(Comparator.comparing(ActionLogEntry::ownerName)
                        .thenComparing(e -> e.action().dueOn()))
                .forEach(e -> byOwner.computeIfAbsent(e.action().ownerId(), id -> new java.util.ArrayList<>()).add(e));
        return byOwner.values().stream().map(entries -> chaser(entries, today, dueSoonDays, networkName)).toList();
    }

    private static Chaser chaser(List<ActionLogEntry> entries, LocalDate today, int dueSoonDays, String networkName) {
        ActionLogEntry first = entries.get(0);
        var body = new StringBuilder(Messages.get("actions.chaser.greeting", first.ownerName())).append("\n\n");
        var overdue = entries.stream().filter(e -> e.action().isOverdueOn(today)).toList();
        var dueSoon = entries.stream().filter(e -> !e.action().isOverdueOn(today)).toList();
        if (!overdue.isEmpty()) {
            body.append(Messages.get("actions.chaser.overdue", overdue.size())).append("\n\n");
            overdue.forEach(e -> body.append(line(e)));
            body.append('\n');
        }
        if (!dueSoon.isEmpty()) {
            body.append(Messages.get("actions.chaser.dueSoon", dueSoon.size(), dueSoonDays)).append("\n\n");
            dueSoon.forEach(e -> body.append(line(e)));
            body.append('\n');
        }
        body.append(Messages.get("actions.chaser.closing", networkName)).append('\n');
        String subject = Messages.get("actions.chaser.subject", networkName, overdue.size(), dueSoon.size());
        return new Chaser(first.action().ownerId(), first.ownerName(), first.ownerEmail(), subject, body.toString());
    }

    private static String line(ActionLogEntry entry) {
        return Messages.get("actions.chaser.line", entry.action().reference(), entry.action().description(),
                Columns.format(entry.action().dueOn()), entry.organisationShortName()) + "\n";
    }
}
