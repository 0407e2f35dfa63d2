package uk.dln.secretariat.app.meetings;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.SelectionSync;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.ChangedByOthersBar;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TabKeys;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * The Meetings section: meetings listed beside the selected meeting's page, whose tabs are its details, agenda,
 * attendance and minutes. Alt+N plans a new meeting, Alt+X the next monthly one, Alt+M moves the meeting on.
 */
public final class MeetingsView extends SplitPane {

    private final MeetingsViewModel viewModel;
    private final TableView<Meeting> table;

    public MeetingsView(MeetingsViewModel viewModel) {
        this.viewModel = viewModel;
        this.table = new TableView<>(viewModel.meetings());
        var newButton = new Button(Messages.get("meetings.new"));
        var nextButton = new Button(Messages.get("meetings.next"));
        var advance = new Button();
        var tabs = new TabPane(
                tab("meetings.tab.details", new MeetingDetailsView(viewModel)),
                tab("meetings.tab.agenda", new AgendaView(viewModel.agenda())),
                tab("meetings.tab.attendance", new AttendanceView(viewModel.attendance())),
                tab("meetings.tab.minutes", new MinutesView(viewModel.minutes())));
        tabs.setId("meeting-tabs");
        tabs.setAccessibleText(Messages.get("meetings.tabs"));
        for (int i = 1; i < tabs.getTabs().size(); i++) {
            tabs.getTabs().get(i).disableProperty().bind(viewModel.selectedProperty().isNull());
        }

        var changedByOther = new ChangedByOthersBar(viewModel.changedByOtherProperty(), viewModel::reloadStored);
        changedByOther.setId("meeting-changed");
        VBox.setMargin(changedByOther, new Insets(0, 16, 6, 16));
        // Alt+X is Reload while someone else's change is being told, as in every section; Next meeting, whose
        // shortcut it is otherwise, waits until the person has dealt with that change.
        Shortcuts.on(changedByOther).alt(KeyCode.X, changedByOther.reloadButton());
        nextButton.disableProperty().bind(changedByOther.visibleProperty());

        getItems().addAll(list(newButton, nextButton), page(advance, changedByOther, tabs));
        setDividerPositions(0.31);
        getStyleClass().addAll("master-detail", "meetings");
        TabKeys.install(this, tabs);
        Shortcuts.on(this)
                .alt(KeyCode.N, newButton)
                .alt(KeyCode.X, nextButton)
                .alt(KeyCode.M, advance)
                .altFocus(KeyCode.L, table);
        newButton.setOnAction(event -> {
            viewModel.newMeeting();
            tabs.getSelectionModel().select(0);
            tabs.getTabs().get(0).getContent().requestFocus();
        });
        nextButton.setOnAction(event -> viewModel.nextMeeting());
        // The directory may have changed while another section was showing: read people and meetings again.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                viewModel.reload();
            }
        });
    }

    @Override
    public void requestFocus() {
        table.requestFocus();
    }

    private VBox list(Button newButton, Button nextButton) {
        newButton.setId("meeting-new");
        nextButton.setId("meeting-next");
        table.setId("meetings-table");
        table.setAccessibleText(Messages.get("meetings.table"));
        table.setPlaceholder(new Label(Messages.get("meetings.empty")));
        // Each column as wide as its longest word in the window's language (Welsh months and statuses are longer).
        table.getColumns().add(Columns.text("meetings.column.when",
                m -> Messages.get(viewModel.isUpcoming(m) ? "meetings.upcoming" : "meetings.past"),
                Columns.fitting(78, "meetings.column.when",
                        List.of(Messages.get("meetings.upcoming"), Messages.get("meetings.past")))));
        table.getColumns().add(Columns.date("meetings.column.date", Meeting::date,
                Columns.fitting(100, "meetings.column.date", Columns.longestDates())));
        table.getColumns().add(Columns.text("meetings.column.number", m -> String.valueOf(m.number()), 38));
        table.getColumns().add(Columns.text("meetings.column.status", m -> Messages.get(m.status().messageKey()),
                Columns.fitting(132, "meetings.column.status", Arrays.stream(MeetingStatus.values())
                        .map(status -> Messages.get(status.messageKey())).toList())));
        // Whole statuses and dates at any window size: the list keeps its columns' widths and the page gives way.
        table.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth()));
        // Room for the columns and a vertical scroll bar, so the constrained columns never need to shrink.
        table.setPrefWidth(table.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum() + 20);
        table.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        SelectionSync.bind(table, viewModel.selectedProperty(), viewModel.changes());
        VBox.setVgrow(table, Priority.ALWAYS);
        var box = new VBox(8, new HBox(8, newButton, nextButton), table);
        box.setPadding(new Insets(12));
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        SplitPane.setResizableWithParent(box, false);
        return box;
    }

    private VBox page(Button advance, ChangedByOthersBar changedByOther, TabPane tabs) {
        advance.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var heading = new Label();
        heading.getStyleClass().add("heading-m");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        heading.textProperty().bind(viewModel.headingProperty());
        advance.setId("meeting-advance");
        advance.getStyleClass().add("primary");
        advance.textProperty().bind(Bindings.createStringBinding(
                () -> MeetingsViewModel.advanceLabel(viewModel.nextStatusProperty().get()),
                viewModel.nextStatusProperty()));
        advance.disableProperty().bind(viewModel.nextStatusProperty().isNull());
        advance.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        advance.setOnAction(event -> viewModel.advance());
        var status = new Label();
        status.getStyleClass().add("hint");
        status.textProperty().bind(viewModel.statusLineProperty());
        var titles = new VBox(2, heading, status);
        titles.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(titles, Priority.ALWAYS);
        var header = new HBox(12, titles, advance);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 6, 16));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return new VBox(header, changedByOther, tabs);
    }

    private static Tab tab(String key, Node content) {
        var tab = new Tab(Messages.get(key), content);
        tab.setClosable(false);
        tab.setTooltip(new Tooltip(Messages.get("directory.tab.tooltip")));
        return tab;
    }
}
