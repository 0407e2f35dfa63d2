package uk.dln.secretariat.app.core.export;

import java.nio.file.Path;
import java.util.Locale;
import uk.dln.secretariat.reports.OfficePartsCheck;

/**
 * An export reads back the files it generated before they take their final names: a file nobody can open is a failure.
 * The papers it copies are the departments' files and are never judged here ({@link PackExporter#copy}).
 */
final class ExportedFiles {

    private ExportedFiles() {
    }

    /**
     * @param written the temporary file just written
     * @param target  the name it will take; its extension says what it should be
     */
    static void verify(Path written, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
            OfficePartsCheck.verify(written, target);
        }
    }
}
