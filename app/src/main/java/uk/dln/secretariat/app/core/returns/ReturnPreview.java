package uk.dln.secretariat.app.core.returns;

import java.nio.file.Path;
import java.util.List;
import uk.dln.secretariat.model.returns.IssuedReturn;

/**
 * What taking in one return file would change, before anything is stored; or, when {@link #problems()} is not empty,
 * why it is refused (each message names the sheet, row and column).
 *
 * @param issued null when the file could not be matched to a return issued from this workspace
 */
public record ReturnPreview(Path file, IssuedReturn issued, List<ReturnChange> changes, List<String> problems) {

    public ReturnPreview {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public static ReturnPreview refused(Path file, IssuedReturn issued, List<String> problems) {
        return new ReturnPreview(file, issued, List.of(), problems);
    }

    public boolean isRefused() {
        return !problems.isEmpty();
    }

    public long conflicts() {
        return changes.stream().filter(ReturnChange::conflict).count();
    }
}
