package uk.dln.secretariat.app.core.shared;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.audit.RecordChange;
import uk.dln.secretariat.persistence.server.ServerWorkspace;

/**
 * Other people's changes to a shared workspace, heard through the server's own notifications (decisions 0045 and
 * 0046): each change the server announces at commit becomes a {@link RecordChanged} for the window.
 */
public final class ServerChanges implements ChangesByOthers {

    private static final Logger LOG = LoggerFactory.getLogger(ServerChanges.class);

    private final ServerWorkspace workspace;

    public ServerChanges(ServerWorkspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Opens the feed on a thread of its own: connecting to the server is network work, and the window calls this on
     * its own thread as the workspace becomes current. Closing before the feed is open closes it once it is.
     */
    @Override
    public Following follow(Consumer<RecordChanged> listener) {
        var opened = CompletableFuture.supplyAsync(() -> open(listener), runnable -> {
            var opener = new Thread(runnable, "changes-connect " + workspace.location());
            opener.setDaemon(true);
            opener.start();
        });
        return () -> opened.thenAccept(Following::close);
    }

    private Following open(Consumer<RecordChanged> listener) {
        try {
            var feed = workspace.changes(change -> listener.accept(told(change)));
            return feed::close;
        } catch (SecretariatException unheard) {
            // The workspace itself is open; without its feed, others' changes show when a section is next read.
            LOG.warn("Not following others' changes to {}", workspace.location(), unheard);
            return NONE.follow(listener);
        }
    }

    /** The server's words for a change, in the window's: a whole table or any table is said as such. */
    static RecordChanged told(RecordChange change) {
        String table = change.table() == null ? RecordChanged.EVERY_TABLE : change.table();
        return new RecordChanged(table, idOf(change.recordId()), change.changedBy());
    }

    private static long idOf(String recordId) {
        if (recordId == null) {
            return RecordChanged.SEVERAL;
        }
        try {
            return Long.parseLong(recordId);
        } catch (NumberFormatException keyed) {
            // A record keyed by name (a network setting): no editor holds it by id.
            return RecordChanged.SEVERAL;
        }
    }
}
