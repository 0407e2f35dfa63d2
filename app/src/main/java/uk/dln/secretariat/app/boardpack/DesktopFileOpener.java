package uk.dln.secretariat.app.boardpack;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** {@link FileOpener} through {@link java.awt.Desktop}; call it off the FX thread, since opening may block. */
public final class DesktopFileOpener implements FileOpener {

    @Override
    public boolean isSupported() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    @Override
    public void open(Path fileOrFolder) throws IOException {
        Desktop.getDesktop().open(fileOrFolder.toFile());
    }
}
