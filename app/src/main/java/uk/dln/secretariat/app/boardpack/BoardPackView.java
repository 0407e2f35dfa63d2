package uk.dln.secretariat.app.boardpack;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.boardpack.PackSection;

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

        var date = DatePickers.create();
        date.setId("pack-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
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
        folder.setEditable(false);
        folder.textProperty().bind(viewModel.folderProperty().asString());
        var choose = button("pack-choose-folder", "pack.view.chooseFolder", this::chooseFolder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        var folderRow = new HBox(8, folder, choose);
        folderRow.setAccessibleText(Messages.get("pack.view.folder").replace("_", ""));

        var form = new FormGrid()
                .row("pack.view.date", date, new javafx.beans.property.SimpleStringProperty(""));
        var sectionsLabel = new Label(Messages.get("pack.view.sections").replace("_", ""));
        form.add(sectionsLabel, 0, 1);
        form.add(sections, 1, 1);
        var folderLabel = new Label(Messages.get("pack.view.folder"));
        folderLabel.setMnemonicParsing(true);
        folderLabel.setLabelFor(choose);
        form.add(folderLabel, 0, 2);
        form.add(folderRow, 1, 2);
        folder.setAccessibleText(Messages.get("pack.view.folder").replace("_", ""));

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

        var status = new Label();
        status.setId("pack-status");
        status.setWrapText(true);
        status.getStyleClass().add("body-text");
        status.textProperty().bind(viewModel.statusProperty());
        status.accessibleTextProperty().bind(viewModel.statusProperty());

        var openFolder = button("pack-open-folder", "pack.view.openFolder", viewModel::openFolder);
        var openPack = button("pack-open-pack", "pack.view.openPack", viewModel::openPack);
        var openTrackers = button("pack-open-trackers", "pack.view.openTrackers", viewModel::openTrackers);
        openPack.disableProperty().bind(viewModel.resultProperty().isNull());
        openTrackers.disableProperty().bind(viewModel.resultProperty().isNull());
        var open = new HBox(12, openFolder, openPack, openTrackers);

        var content = new VBox(16, heading, intro, form, actions, status, open);
        content.getStyleClass().add("board-pack");
        content.setPadding(new Insets(32, 48, 32, 48));
        content.setMaxWidth(900);
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("section-content");
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
