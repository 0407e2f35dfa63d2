package uk.dln.secretariat.persistence.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;
import uk.dln.secretariat.model.audit.RecordChange;

/**
 * What the server's {@code notify_change} trigger says on {@link #CHANNEL} (server migration V4, decision 0045):
 * {@code {"table": "action", "ids": ["12", "13"], "by": "alice"}}, {@code "ids": null} for many records of the table,
 * {@code "table": null} for the whole workspace.
 */
final class ChangePayload {

    /** The one channel every change of a workspace is announced on. */
    static final String CHANNEL = "workspace_changes";

    /** Said once by a whole workspace's copy, whose triggers are off while it runs. */
    static final String WHOLE_WORKSPACE = "{\"table\": null, \"ids\": null, \"by\": null}";

    private ChangePayload() {
    }

    /**
     * The changes a payload names, in its order.
     *
     * @throws IllegalArgumentException when it is not one of ours (anyone may NOTIFY the channel)
     */
    static List<RecordChange> read(String payload) {
        Object parsed;
        try {
            parsed = new JSONParser().parse(payload);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("not a change notice: " + payload, e);
        }
        if (!(parsed instanceof Map<?, ?> notice)) {
            throw new IllegalArgumentException("not a change notice: " + payload);
        }
        String table = text(notice.get("table"), payload);
        String by = text(notice.get("by"), payload);
        Object ids = notice.get("ids");
        if (table == null) {
            return List.of(RecordChange.anything());
        }
        if (ids == null) {
            return List.of(RecordChange.wholeTable(table, by));
        }
        if (!(ids instanceof List<?> named)) {
            throw new IllegalArgumentException("not a change notice: " + payload);
        }
        var changes = new ArrayList<RecordChange>(named.size());
        for (Object id : named) {
            changes.add(new RecordChange(table, text(id, payload), by));
        }
        return changes;
    }

    private static String text(Object value, String payload) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException("not a change notice: " + payload);
    }
}
