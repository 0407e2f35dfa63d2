package uk.dln.secretariat.app.settings;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.ConflictQuestion;
import uk.dln.secretariat.app.changes.SaveConflict;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.settings.NetworkSettingsEditing;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.home.MonthAtAGlance;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.settings.StoredSettings;
import uk.dln.secretariat.app.forms.TypedText;

/** The network settings form: what the fields hold, what is wrong with them, and saving them into the workspace. */
public final class NetworkSettingsViewModel {

    public static final String NAME = "networkName";
    public static final String PREFIX = "paperReferencePrefix";
    public static final String MARKING = "defaultMarking";
    public static final String SCALE = "confidenceScale";
    public static final String THRESHOLD = "slippageThresholdDays";
    public static final String EXCEPTIONS_LIMIT = "exceptionsLimit";
    public static final String PAPERS_DEADLINE = "papersDeadlineDays";
    public static final String DOCUMENT_LANGUAGE = "documentLanguage";

    private final WorkspaceData workspace;
    private final TaskExecutor executor;
    private final ConflictQuestion dialogs;
    /** The settings as read, with the version a save claims (decision 0052). */
    private volatile StoredSettings stored;
    private final StringProperty networkName = new SimpleStringProperty(this, NAME, "");
    private final StringProperty paperReferencePrefix = new SimpleStringProperty(this, PREFIX, "");
    private final StringProperty defaultMarking = new SimpleStringProperty(this, MARKING, "");
    private final ObjectProperty<ConfidenceScale> confidenceScale =
            new SimpleObjectProperty<>(this, SCALE, ConfidenceScale.THREE_POINT);
    private final StringProperty slippageThreshold = new SimpleStringProperty(this, THRESHOLD, "");
    private final StringProperty exceptionsLimit = new SimpleStringProperty(this, EXCEPTIONS_LIMIT, "");
    /** The language the network's documents are written in unless an export says otherwise. */
    private final ObjectProperty<DocumentLanguage> documentLanguage =
            new SimpleObjectProperty<>(this, DOCUMENT_LANGUAGE, DocumentLanguage.ENGLISH);
    private final StringProperty papersDeadline = new SimpleStringProperty(this, PAPERS_DEADLINE, "");
    private final javafx.beans.property.BooleanProperty closingUpdateRequired =
            new javafx.beans.property.SimpleBooleanProperty(this, "closingUpdateRequired");
    private final FieldErrors errors = new FieldErrors(NAME, PREFIX, MARKING, SCALE, THRESHOLD, EXCEPTIONS_LIMIT,
            PAPERS_DEADLINE);
    private final ChangeTracker changes = new ChangeTracker(() -> Arrays.asList(networkName.get(),
            paperReferencePrefix.get(), defaultMarking.get(), confidenceScale.get(), slippageThreshold.get(),
            closingUpdateRequired.get(), exceptionsLimit.get(), papersDeadline.get(), documentLanguage.get()),
            networkName, paperReferencePrefix, defaultMarking, confidenceScale, slippageThreshold,
            closingUpdateRequired, exceptionsLimit, papersDeadline, documentLanguage);
    private final UnsavedChanges editor = UnsavedChanges.of(Messages.get("changes.editor.settings"), changes,
            this::save, this::load);

    /** @param dialogs asked Reload or Keep editing when someone else saved the settings after they were read */
    public NetworkSettingsViewModel(WorkspaceData workspace, TaskExecutor executor, ConflictQuestion dialogs) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public BackgroundTask<StoredSettings> load() {
        return executor.execute(BackgroundTask.of(Messages.get("task.settings.load"),
                        p -> new NetworkSettingsEditing(workspace).read())
                .onSuccess(this::show)
                .onFailure(error -> errors.showGeneral(Messages.describe(error))));
    }

    private void show(StoredSettings read) {
        stored = read;
        NetworkSettings settings = read.settings();
        exceptionsLimit.set(String.valueOf(read.exceptionsLimit()));
        papersDeadline.set(String.valueOf(read.papersDeadlineDays()));
        documentLanguage.set(read.documentLanguage());
        networkName.set(settings.networkName());
        paperReferencePrefix.set(settings.paperReferencePrefix());
        defaultMarking.set(settings.defaultMarking().label());
        confidenceScale.set(settings.confidenceScale());
        slippageThreshold.set(String.valueOf(settings.slippageThresholdDays()));
        closingUpdateRequired.set(settings.closingUpdateRequired());
        changes.markClean();
    }

    /**
     * Checks the fields and, if they are all fine, saves them over the version they were read at. When someone else
     * saved the settings since, nothing is saved: the person chooses Reload (their settings, once the typing may go)
     * or Keep editing.
     *
     * @param onSaved runs on the FX thread once the settings are stored
     * @return false when a field is wrong (its message is shown) and nothing was saved
     */
    public boolean save(Runnable onSaved) {
        NetworkSettings settings = validated();
        if (settings == null || stored == null) {
            return false;
        }
        StoredSettings edited = stored.edited(settings, Integer.parseInt(exceptionsLimit.get().strip()),
                Integer.parseInt(papersDeadline.get().strip()), documentLanguage.get());
        executor.execute(BackgroundTask.of(Messages.get("task.settings.save"),
                        p -> new NetworkSettingsEditing(workspace).save(edited))
                .onSuccess(saved -> {
                    stored = saved;
                    changes.markSaved();
                    onSaved.run();
                })
                .onFailure(error -> {
                    var refusal = SaveConflict.of(error);
                    if (refusal == null) {
                        errors.showGeneral(Messages.describe(error));
                    } else if (!SaveConflict.resolve(dialogs, Messages.get("changes.editor.settings"), refusal,
                            this::reread)) {
                        // Kept editing: the typed values stay, and so does why they were not saved.
                        errors.showGeneral(Messages.describe(refusal));
                    }
                }));
        return true;
    }

    /** Shows the settings as stored now, giving up the typing (already agreed to). */
    private void reread() {
        errors.clear();
        load();
    }

    private NetworkSettings validated() {
        List<Problem> problems = new ArrayList<>(TypedText.problems(networkName, paperReferencePrefix, defaultMarking));
        ProtectiveMarking marking = null;
        try {
            marking = ProtectiveMarking.parse(defaultMarking.get());
        } catch (ValidationException e) {
            e.problems().forEach(p -> problems.add(new Problem(MARKING, p.messageKey(), p.arguments())));
        }
        try {
            int limit = Integer.parseInt(exceptionsLimit.get().strip());
            if (limit < 1 || limit > NetworkSettings.MAX_EXCEPTIONS_LIMIT) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(Problem.of(EXCEPTIONS_LIMIT, "settings.error.exceptionsLimit",
                    NetworkSettings.MAX_EXCEPTIONS_LIMIT));
        }
        try {
            int days = Integer.parseInt(papersDeadline.get().strip());
            if (days < 0 || days > MonthAtAGlance.MAX_PAPERS_DEADLINE_DAYS) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(Problem.of(PAPERS_DEADLINE, "settings.error.papersDeadline",
                    MonthAtAGlance.MAX_PAPERS_DEADLINE_DAYS));
        }
        int threshold = -1;
        try {
            threshold = Integer.parseInt(slippageThreshold.get().strip());
        } catch (NumberFormatException e) {
            // The record's own rule gives the message for a threshold out of range, which -1 is.
        }
        try {
            var settings = new NetworkSettings(networkName.get(), paperReferencePrefix.get(),
                    marking == null ? ProtectiveMarking.OFFICIAL : marking, confidenceScale.get(), threshold,
                    closingUpdateRequired.get());
            if (problems.isEmpty()) {
                errors.clear();
                return settings;
            }
        } catch (ValidationException e) {
            problems.addAll(0, e.problems());
        }
        errors.show(problems);
        return null;
    }

    public StringProperty networkNameProperty() {
        return networkName;
    }

    public StringProperty paperReferencePrefixProperty() {
        return paperReferencePrefix;
    }

    public StringProperty defaultMarkingProperty() {
        return defaultMarking;
    }

    public ObjectProperty<ConfidenceScale> confidenceScaleProperty() {
        return confidenceScale;
    }

    /** How many days before a meeting its papers are due. */
    public StringProperty papersDeadlineProperty() {
        return papersDeadline;
    }

    /** How many exceptions the board pack lists at most. */
    public ObjectProperty<DocumentLanguage> documentLanguageProperty() {
        return documentLanguage;
    }

    public StringProperty exceptionsLimitProperty() {
        return exceptionsLimit;
    }

    public StringProperty slippageThresholdProperty() {
        return slippageThreshold;
    }

    public javafx.beans.property.BooleanProperty closingUpdateRequiredProperty() {
        return closingUpdateRequired;
    }

    /** The settings as an editor with unsaved changes, for the question when the dialog is closed. */
    public UnsavedChanges editor() {
        return editor;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Suggestions for the marking field; any valid marking may be typed. */
    public static List<String> markingSuggestions() {
        return List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE PERSONAL DATA",
                "OFFICIAL-SENSITIVE COMMERCIAL", "OFFICIAL-SENSITIVE RECIPIENTS ONLY");
    }

}
