package uk.dln.secretariat.app.audit;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.app.core.audit.AuditTrail;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The audit log, read only, with its filters; or the history of one record. Every change of a filter shows the
 * matching entries again; an answer that arrives after a newer question has been asked is dropped.
 */
public final class AuditLogViewModel {

    private final WorkspaceData workspace;
    private final TaskExecutor executor;
    private final String recordTable;
    private final String recordId;

    private final ObjectProperty<String> table = new SimpleObjectProperty<>(this, "table");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final FieldErrors filterErrors = new FieldErrors("from", "to");
    private final ObservableList<String> tables = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private long asked;

    private AuditLogViewModel(WorkspaceData workspace, TaskExecutor executor, String recordTable, String recordId) {
        this.workspace = workspace;
        this.executor = executor;
        this.recordTable = recordTable;
        this.recordId = recordId;
        table.addListener((obs, old, now) -> refresh());
        user.addListener((obs, old, now) -> refresh());
        from.addListener((obs, old, now) -> refresh());
        to.addListener((obs, old, now) -> refresh());
        text.addListener((obs, old, now) -> refresh());
    }

    /** The whole log, filterable. */
    public static AuditLogViewModel forLog(WorkspaceData workspace, TaskExecutor executor) {
        return new AuditLogViewModel(workspace, executor, null, null);
    }

    /** Every change to one record. */
    public static AuditLogViewModel forRecord(WorkspaceData workspace, TaskExecutor executor, String table, String id) {
        return new AuditLogViewModel(workspace, executor, table, id);
    }

    public boolean isForOneRecord() {
        return recordTable != null;
    }

    /** Fills the table filter's choices, then shows the newest entries. */
    public void load() {
        if (!isForOneRecord()) {
            executor.execute(BackgroundTask.of(Messages.get("task.audit.load"), p -> new AuditTrail(workspace).tables())
                    .onSuccess(tables::setAll)
                    .onFailure(error -> summary.set(Messages.describe(error))));
        }
        refresh();
    }

    public BackgroundTask<List<AuditRow>> refresh() {
        long question = ++asked;
        AuditQuery query = isForOneRecord()
                ? AuditQuery.record(recordTable, recordId)
                : new AuditQuery(table.get(), null, user.get(), from.get(), to.get(), text.get(),
                        AuditQuery.DEFAULT_LIMIT);
        return executor.execute(BackgroundTask.of(Messages.get("task.audit.load"), p -> {
                    var found = new AuditTrail(workspace).find(query);
                    return found.entries().stream().map(entry -> AuditRow.of(entry, found.names())).toList();
                })
                .onSuccess(found -> {
                    if (question == asked) {
                        rows.setAll(found);
                        summary.set(summaryOf(found.size()));
                    }
                })
                .onFailure(error -> summary.set(Messages.describe(error))));
    }

    public void clearFilters() {
        table.set(null);
        user.set("");
        from.set(null);
        to.set(null);
        text.set("");
    }

    private String summaryOf(int shown) {
        if (shown == 0) {
            return Messages.get(isForOneRecord() ? "audit.summary.noHistory" : "audit.summary.none");
        }
        return shown >= AuditQuery.DEFAULT_LIMIT ? Messages.get("audit.summary.limited", shown)
                : Messages.get("audit.summary.count", shown);
    }

    public ObjectProperty<String> tableProperty() {
        return table;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** A from or to date typed that does not exist, shown under its filter. */
    public FieldErrors filterErrors() {
        return filterErrors;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The tables that have entries, for the table filter. */
    public ObservableList<String> tables() {
        return tables;
    }

    /** The entries shown, newest first. */
    public ObservableList<AuditRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
