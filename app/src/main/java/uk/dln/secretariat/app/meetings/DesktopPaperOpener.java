package uk.dln.secretariat.app.meetings;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.dln.secretariat.model.SecretariatException;

/**
 * Writes the paper to a temporary folder and asks the desktop to open it. Some desktops (and every headless
 * machine) cannot open files for Java; the person is then told where the copy is, so they can open it themselves.
 */
public final class DesktopPaperOpener implements PaperOpener {

    @Override
    public void open(String fileName, byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("secretariat-paper-");
        Path copy = folder.resolve(Path.of(fileName).getFileName().toString());
        Files.write(copy, content);
        copy.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new SecretariatException("meetings.error.noDesktop", copy);
        }
        try {
            Desktop.getDesktop().open(copy.toFile());
        } catch (IOException | UnsupportedOperationException e) {
            throw new SecretariatException(e, "meetings.error.noDesktop", copy);
        }
    }
}
