package uk.dln.secretariat.app.meetings;

import java.io.IOException;

/** Shows a stored paper to the person: the desktop opens a copy with whatever application handles its type. */
@FunctionalInterface
public interface PaperOpener {

    void open(String fileName, byte[] content) throws IOException;
}
