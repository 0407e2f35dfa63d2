package uk.dln.secretariat.app.dialogs;

import java.nio.file.Path;
import java.util.Optional;
import uk.dln.secretariat.app.changes.ConflictQuestion;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.changes.SaveQuestion;

/**
 * What a view model may ask of a person. View models use this interface, never a control, so they are tested with
 * a scripted implementation and no JavaFX stage.
 */
public interface DialogService extends SaveQuestion, ConflictQuestion {

    Optional<Path> chooseWorkspaceToCreate(Path initialFolder);

    Optional<Path> chooseWorkspaceToOpen(Path initialFolder);

    /** A CSV file to import, e.g. a list of organisations. */
    Optional<Path> chooseCsvToImport(Path initialFolder);

    /** A file to attach to an agenda item as its paper or an annex. */
    Optional<Path> choosePaperToAttach(Path initialFolder);

    void showError(String heading, String message);

    void showInformation(String heading, String message);

    /** @return true when the person chose to go ahead */
    @Override
    boolean confirm(String heading, String message, String goAheadLabel);

    /**
     * A question with two answers and no Cancel, each answer a label of its own (the first-run language question:
     * "Cymraeg" or "English"). Escape gives the second answer.
     *
     * @return true for the first answer
     */
    boolean ask(String heading, String message, String firstAnswer, String secondAnswer);

    /** Save, Discard or Cancel, for unsaved changes; Cancel is the default and what Escape or closing choose. */
    @Override
    SaveChoice askToSave(String heading, String message);
}
