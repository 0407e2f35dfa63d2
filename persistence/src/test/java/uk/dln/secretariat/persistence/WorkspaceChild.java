package uk.dln.secretariat.persistence;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/**
 * The program a {@link ChildProcess} runs: opens a workspace, says whether it may change it, then
 * <ul>
 *   <li>{@code write}: saves organisations one after another, printing {@code saved ID} after each commit;</li>
 *   <li>{@code fill}: the same with long notes, until a save is refused, printing {@code refused KEY};</li>
 *   <li>{@code hold}: keeps it open until its input closes;</li>
 *   <li>{@code restore BACKUP}: instead of opening it, restores the backup over it;</li>
 *   <li>{@code check}: instead of opening it, checks it and prints {@code intact} or {@code damaged}.</li>
 * </ul>
 */
public final class WorkspaceChild {

    private WorkspaceChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[1];
        if (mode.equals("check")) {
            say(Workspace.check(Path.of(args[0])).intact() ? "intact" : "damaged");
            return;
        }
        if (mode.equals("restore")) {
            Workspace.restore(Path.of(args[0]), Path.of(args[2]), java.time.Clock.systemDefaultZone());
            say("restored");
            return;
        }
        try (var workspace = Workspace.open(Path.of(args[0]))) {
            say(workspace.isReadOnly() ? "read-only" : "writable");
            switch (mode) {
                case "write" -> write(workspace, "");
                case "fill" -> write(workspace, "x".repeat(Organisation.NOTES_MAX));
                case "hold" -> new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                default -> throw new IllegalArgumentException(mode);
            }
        }
    }

    private static void write(Workspace workspace, String notes) {
        long pid = ProcessHandle.current().pid();
        for (int n = 1; n < 1_000_000; n++) {
            var organisation = new Organisation(0, "Body " + pid + "-" + n, "B" + pid + "-" + n,
                    OrganisationKind.CENTRAL_UNIT, null, true, notes);
            try {
                say("saved " + workspace.organisations().save(organisation).id());
            } catch (SecretariatException e) {
                say("refused " + e.messageKey());
                return;
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
