package uk.dln.secretariat.app.support;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.dialogs.DialogService;

/** A {@link DialogService} whose answers a test scripts in advance and whose messages it can read back. */
public final class ScriptedDialogs implements DialogService {

    public final Deque<Path> filesToChoose = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** Each confirmation asked, as its heading, a new line, and its message. */
    public final List<String> confirmQuestions = new ArrayList<>();
    /** Answers to two-answer questions: true for the first; with none left, the second (as Escape would). */
    public final Deque<Boolean> answers = new ArrayDeque<>();
    /** The two answers of each two-answer question, as "first | second". */
    public final List<String> answersOffered = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    /** Answers to "save your changes?"; with none left the person cancels, as Escape would. */
    public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    public final List<String> saveQuestions = new ArrayList<>();
    /** Answers to "Reload or Keep editing?" after a refused save: true for Reload; with none left, Keep editing. */
    public final Deque<Boolean> reloads = new ArrayDeque<>();
    /** Each such question asked, as its heading, a new line, and its message. */
    public final List<String> conflicts = new ArrayList<>();

    @Override
    public Optional<Path> chooseWorkspaceToCreate(Path initialFolder) {
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path initialFolder) {
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public Optional<Path> chooseCsvToImport(Path initialFolder) {
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public Optional<Path> choosePaperToAttach(Path initialFolder) {
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public void showError(String heading, String message) {
        errors.add(heading + " | " + message);
    }

    @Override
    public void showInformation(String heading, String message) {
        information.add(heading + " | " + message);
    }

    @Override
    public boolean confirm(String heading, String message, String goAheadLabel) {
        confirmQuestions.add(heading + "\n" + message);
        Boolean answer = confirmations.poll();
        return answer != null && answer;
    }

    @Override
    public boolean ask(String heading, String message, String firstAnswer, String secondAnswer) {
        answersOffered.add(firstAnswer + " | " + secondAnswer);
        Boolean answer = answers.poll();
        return answer != null && answer;
    }

    @Override
    public boolean askToReload(String heading, String message) {
        conflicts.add(heading + "\n" + message);
        Boolean answer = reloads.poll();
        return answer != null && answer;
    }

    @Override
    public SaveChoice askToSave(String heading, String message) {
        saveQuestions.add(heading);
        SaveChoice answer = saveChoices.poll();
        return answer == null ? SaveChoice.CANCEL : answer;
    }
}
