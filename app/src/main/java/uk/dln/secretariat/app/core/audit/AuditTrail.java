package uk.dln.secretariat.app.core.audit;

import java.util.List;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.persistence.WorkspaceData;

/** Reading the audit trail: the tables it names, and the entries a query finds with the names they point to. */
@UseCase
public final class AuditTrail {

    /** The entries found, and the names of the records they point to, read together. */
    public record Found(List<AuditEntry> entries, AuditNames names) {
    }

    private final WorkspaceData workspace;

    public AuditTrail(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** The tables the trail has entries for, for the log's filter. */
    public List<String> tables() {
        return workspace.audit().tables();
    }

    public Found find(AuditQuery query) {
        return new Found(workspace.audit().find(query), AuditNames.of(workspace));
    }
}
