package uk.dln.secretariat.architecture.program.core;

import uk.dln.secretariat.architecture.program.screens.ExportScreen;

/** A use case that reaches into a screen's package, for the test that shows the core rule finds it. */
public final class PackExport {

    public String folder(ExportScreen screen) {
        return screen.typedFolder();
    }
}
