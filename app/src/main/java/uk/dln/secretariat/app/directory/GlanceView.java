package uk.dln.secretariat.app.directory;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.i18n.Messages;

/** The "Network at a glance" panel beside the directory. */
final class GlanceView extends VBox {

    GlanceView(GlanceViewModel viewModel) {
        var heading = new Label(Messages.get("directory.glance.heading"));
        heading.getStyleClass().add("heading-m");
        var members = new Label();
        members.textProperty().bind(viewModel.summaryProperty());
        members.getStyleClass().add("glance-figure");
        members.setWrapText(true);

        var gapsHeading = new Label();
        gapsHeading.textProperty().bind(viewModel.gapsHeadingProperty());
        gapsHeading.getStyleClass().add("heading-s");
        gapsHeading.setWrapText(true);
        var gaps = new ListView<>(viewModel.gaps());
        gaps.setId("glance-gaps");
        gaps.setAccessibleText(Messages.get("directory.glance.gaps.accessible"));
        gaps.setPlaceholder(new Label(Messages.get("directory.glance.noGaps")));
        gaps.setPrefHeight(150);

        var changesHeading = new Label(Messages.get("directory.glance.recent"));
        changesHeading.getStyleClass().add("heading-s");
        var changes = new ListView<>(viewModel.recentChanges());
        changes.setAccessibleText(Messages.get("directory.glance.recent"));
        changes.setCellFactory(list -> new WrappingCell());
        gaps.setCellFactory(list -> new WrappingCell());
        for (Label label : new Label[] {members, gapsHeading}) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }

        getChildren().addAll(heading, members, gapsHeading, gaps, changesHeading, changes);
        setSpacing(8);
        setPadding(new Insets(16));
        setPrefWidth(300);
        getStyleClass().add("glance");
    }

    /** Long organisation names and change descriptions wrap instead of being cut off. */
    private static final class WrappingCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
