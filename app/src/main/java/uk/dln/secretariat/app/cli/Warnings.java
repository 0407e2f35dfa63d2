package uk.dln.secretariat.app.cli;

import java.io.PrintWriter;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.OpenWorkspace;

/** What opening a workspace noticed without stopping (a restore finished, a backup not made), told on the terminal. */
final class Warnings {

    private Warnings() {
    }

    static void print(OpenWorkspace workspace, PrintWriter err) {
        workspace.warnings().forEach(warning -> err.println(Messages.of(warning)));
    }
}
