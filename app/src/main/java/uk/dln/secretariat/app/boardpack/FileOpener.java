package uk.dln.secretariat.app.boardpack;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a file or folder in the desktop's own application (Word, Excel, the file manager). */
public interface FileOpener {

    /** False where the desktop offers no way to open files (some Linux desktops, remote sessions). */
    boolean isSupported();

    void open(Path fileOrFolder) throws IOException;
}
