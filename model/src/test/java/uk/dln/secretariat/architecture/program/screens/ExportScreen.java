package uk.dln.secretariat.architecture.program.screens;

/** A screen of the fixture program, which its core must not use. */
public final class ExportScreen {

    public String typedFolder() {
        return "packs";
    }
}
