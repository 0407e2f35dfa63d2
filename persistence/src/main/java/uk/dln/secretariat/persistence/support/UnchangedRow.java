package uk.dln.secretariat.persistence.support;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.TableField;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.ValidationException;

/**
 * Why saving a stored record changed no row: it is gone, or it is still there and the server's roles hid it from this
 * user's changes (a shared workspace's row-level security, decision 0038 "Roles"), which a file never does.
 */
public final class UnchangedRow {

    private UnchangedRow() {
    }

    public static RuntimeException why(DSLContext tx, TableField<?, Long> key, long id, String field) {
        if (tx.fetchExists(key.getTable(), key.eq(id))) {
            return new SecretariatException("workspace.error.serverRefused");
        }
        return new ValidationException(List.of(Problem.of(field, "record.error.gone")));
    }
}
