package uk.dln.secretariat.app.boardpack;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.settings.DocumentLanguage;

/** The Board packs section: choose the date, sections and folder, export with progress and Cancel, then open. */
public final class BoardPackView extends ScrollPane {

    private final BoardPackViewModel viewModel;

    public BoardPackView(BoardPackViewModel viewModel) {
        this.viewModel = viewModel;
        var heading = new Label(Messages.get("pack.view.heading"));
        heading.getStyleClass().add("heading-l");
        var intro = new Label(Messages.get("pack.view.intro"));
        intro.getStyleClass().add("body-text");
        intro.setWrapText(true);

        var meeting = Choices.of("pack-meeting", viewModel.meetings(), BoardPackView::meetingLabel,
                viewModel.meetingProperty());
        meeting.setPromptText(Messages.get("pack.view.noMeeting"));
        meeting.setAccessibleText(Messages.get("pack.view.meeting").replace("_", ""));
        var sections = new VBox(6);
        for (PackSection section : PackSection.values()) {
            var box = new CheckBox(Messages.get(section.messageKey()));
            box.setId("pack-section-" + section.name().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(viewModel.sectionProperty(section));
            sections.getChildren().add(box);
        }
        sections.setAccessibleText(Messages.get("pack.view.sections").replace("_", ""));
        var folder = new TextField();
        folder.setId("pack-folder");
        folder.textProperty().bindBidirectional(viewModel.folderTextProperty());
        var choose = button("pack-choose-folder", "pack.view.chooseFolder", this::chooseFolder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        var folderProblem = new Label();
        folderProblem.setId("pack-folder-problem");
        folderProblem.getStyleClass().add("field-error");
        folderProblem.setWrapText(true);
        folderProblem.textProperty().bind(viewModel.folderProblemProperty());
        folderProblem.visibleProperty().bind(viewModel.folderProblemProperty().isNotEmpty());
        folderProblem.managedProperty().bind(folderProblem.visibleProperty());
        folder.accessibleHelpProperty().bind(viewModel.folderProblemProperty());
        var folderField = new javafx.scene.layout.VBox(4, folder, folderProblem);
        HBox.setHgrow(folderField, Priority.ALWAYS);
        var folderRow = new HBox(8, folderField, choose);
        folderRow.setAccessibleText(Messages.get("pack.view.folder").replace("_", ""));

        var pdf = new CheckBox(Messages.get("pack.view.pdf"));
        pdf.setId("pack-pdf");
        pdf.setMnemonicParsing(true);
        pdf.setAccessibleText(Messages.get("pack.view.pdf").replace("_", ""));
        pdf.selectedProperty().bindBidirectional(viewModel.pdfProperty());
        // Without LibreOffice the box stays, unticked and disabled, with the reason in words beside it.
        pdf.disableProperty().bind(viewModel.libreOfficeFoundProperty().not());
        var noLibreOffice = new Label(Messages.get("pack.view.pdf.noLibreOffice"));
        noLibreOffice.setId("pack-pdf-needs-libreoffice");
        noLibreOffice.setWrapText(true);
        noLibreOffice.getStyleClass().add("body-text");
        noLibreOffice.visibleProperty().bind(viewModel.libreOfficeFoundProperty().not());
        noLibreOffice.managedProperty().bind(noLibreOffice.visibleProperty());
        // Its own row under the sections: it is not a section of the pack but another file beside it.
        var pdfChoice = new VBox(4, pdf, noLibreOffice);
        pdfChoice.setPadding(new Insets(8, 0, 4, 0));

        var form = new FormGrid()
                .row("pack.view.meeting", meeting, new javafx.beans.property.SimpleStringProperty(""));
        var sectionsLabel = new Label(Messages.get("pack.view.sections").replace("_", ""));
        form.add(sectionsLabel, 0, 1);
        form.add(sections, 1, 1);
        var folderLabel = new Label(Messages.get("pack.view.folder"));
        folderLabel.setMnemonicParsing(true);
        folderLabel.setLabelFor(folder);
        form.add(pdfChoice, 1, 2);
        form.add(folderLabel, 0, 3);
        form.add(folderRow, 1, 3);
        var language = new ComboBox<DocumentLanguage>();
        language.setId("pack-language");
        language.getItems().setAll(DocumentLanguage.values());
        language.setConverter(Choices.labels(value -> Messages.get(value.messageKey())));
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.setAccessibleText(Messages.get("pack.view.language").replace("_", ""));
        var languageLabel = new Label(Messages.get("pack.view.language"));
        languageLabel.setMnemonicParsing(true);
        languageLabel.setLabelFor(language);
        form.add(languageLabel, 0, 4);
        form.add(language, 1, 4);
        folder.setAccessibleText(Messages.get("pack.view.folder").replace("_", ""));

        var issue = new CheckBox(Messages.get("pack.view.issue"));
        issue.setId("pack-issue");
        issue.setMnemonicParsing(true);
        issue.selectedProperty().bindBidirectional(viewModel.issueProperty());
        issue.setAccessibleText(Messages.get("pack.view.issue").replace("_", ""));
        issue.setAccessibleHelp(Messages.get("pack.view.issue.help"));
        var issueHelp = new Label(Messages.get("pack.view.issue.help"));
        issueHelp.setWrapText(true);
        issueHelp.getStyleClass().add("body-text");
        var export = button("pack-export", "pack.view.export", viewModel::export);
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.canExportProperty().not());
        var bar = new ProgressBar();
        bar.setId("pack-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.runningProperty());
        bar.setAccessibleText(Messages.get("pack.view.progress"));
        var cancel = button("pack-cancel", "pack.view.cancel", viewModel::cancel);
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.setCancelButton(true);
        var actions = new HBox(12, export, bar, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);

        // Said before the export, in words, so the secretariat knows why the pack is marked higher than usual.
        var markingNotice = new Label();
        markingNotice.setId("pack-marking-notice");
        markingNotice.setWrapText(true);
        markingNotice.getStyleClass().addAll("body-text", "marking-notice");
        markingNotice.textProperty().bind(viewModel.markingNoticeProperty());
        markingNotice.accessibleTextProperty().bind(viewModel.markingNoticeProperty());
        markingNotice.visibleProperty().bind(viewModel.markingNoticeProperty().isNotEmpty());
        markingNotice.managedProperty().bind(markingNotice.visibleProperty());

        var status = new Label();
        status.setId("pack-status");
        status.setWrapText(true);
        status.getStyleClass().add("body-text");
        status.textProperty().bind(viewModel.statusProperty());
        status.accessibleTextProperty().bind(viewModel.statusProperty());

        var openFolder = button("pack-open-folder", "pack.view.openFolder", viewModel::openFolder);
        var openPack = button("pack-open-pack", "pack.view.openPack", viewModel::openPack);
        var openTrackers = button("pack-open-trackers", "pack.view.openTrackers", viewModel::openTrackers);
        var openPdf = button("pack-open-pdf", "pack.view.openPdf", viewModel::openPdf);
        openPack.disableProperty().bind(viewModel.resultProperty().isNull());
        openTrackers.disableProperty().bind(viewModel.resultProperty().isNull());
        openPdf.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.resultProperty().get() == null || viewModel.resultProperty().get().pdf().isEmpty(),
                viewModel.resultProperty()));
        var open = new HBox(12, openFolder, openPack, openTrackers, openPdf);

        var content = new VBox(16, heading, intro, form, markingNotice, new VBox(4, issue, issueHelp), actions, status,
                open, singleDocuments());
        content.getStyleClass().add("board-pack");
        content.setPadding(new Insets(32, 48, 32, 48));
        content.setMaxWidth(900);
        setContent(content);
        // Meetings may have been added or moved on in the Meetings section since this view was last shown.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                viewModel.reload();
            }
        });
        setFitToWidth(true);
        getStyleClass().add("section-content");
    }

    /** The agenda, the minutes or one paper's cover sheet on its own, into the same folder. */
    private VBox singleDocuments() {
        var heading = new Label(Messages.get("pack.view.documents"));
        heading.getStyleClass().add("heading-s");
        var agenda = button("pack-document-agenda", "pack.view.agenda",
                () -> viewModel.exportDocument(MeetingDocument.AGENDA));
        var minutes = button("pack-document-minutes", "pack.view.minutes",
                () -> viewModel.exportDocument(MeetingDocument.MINUTES));
        var paper = Choices.of("pack-paper", viewModel.papers(), entry -> Messages.get("pack.cover.paperHeading",
                entry.line().reference().toString(), entry.line().item().title()), viewModel.paperProperty());
        paper.setAccessibleText(Messages.get("pack.view.paper"));
        paper.setPrefWidth(320);
        var cover = button("pack-document-cover", "pack.view.coverSheet",
                () -> viewModel.exportDocument(MeetingDocument.COVER_SHEET));
        cover.disableProperty().bind(viewModel.paperProperty().isNull().or(viewModel.runningProperty()));
        agenda.disableProperty().bind(viewModel.meetingProperty().isNull().or(viewModel.runningProperty()));
        minutes.disableProperty().bind(viewModel.minutesAvailableProperty().not().or(viewModel.runningProperty()));
        var openDocument = button("pack-open-document", "pack.view.openDocument", viewModel::openDocument);
        openDocument.disableProperty().bind(viewModel.documentProperty().isNull());
        var row = new HBox(12, agenda, minutes, paper, cover);
        row.setAlignment(Pos.CENTER_LEFT);
        var box = new VBox(10, heading, row, openDocument);
        box.setPadding(new Insets(16, 0, 0, 0));
        return box;
    }

    /** "Meeting 11, 26 November 2026 (Planned)": which meeting, and where it is in its cycle. */
    static String meetingLabel(Meeting meeting) {
        return Messages.get("pack.view.meetingLabel", meeting.number(), Dates.format(meeting.date()),
                Messages.get(meeting.status().messageKey()));
    }

    private static Button button(String id, String key, Runnable action) {
        var button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleText(Messages.get(key).replace("_", ""));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void chooseFolder() {
        var chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("pack.view.chooseFolder.title"));
        Path current = viewModel.folderProperty().get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            viewModel.folderProperty().set(chosen.toPath());
        }
    }
}
