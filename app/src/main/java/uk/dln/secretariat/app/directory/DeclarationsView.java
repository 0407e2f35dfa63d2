package uk.dln.secretariat.app.directory;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.SearchRow;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.directory.DeclarationEntry;

/** The register of interests, current ones by default. Declarations are added from a person's page. */
final class DeclarationsView extends VBox {

    private final TextField search = new TextField();

    DeclarationsView(DeclarationsViewModel viewModel) {
        var currentOnly = new CheckBox(Messages.get("directory.declarations.currentOnly"));
        currentOnly.setAccessibleText(Messages.get("directory.declarations.currentOnly").replace("_", ""));
        currentOnly.selectedProperty().bindBidirectional(viewModel.currentOnlyProperty());

        var table = new TableView<DeclarationEntry>(viewModel.visibleEntries());
        table.setAccessibleText(Messages.get("directory.declarations.table"));
        table.setPlaceholder(new Label(Messages.get("directory.declarations.empty")));
        table.getColumns().add(Columns.text("directory.column.person", DeclarationEntry::leaderName, 180));
        table.getColumns().add(Columns.text("directory.column.interest", e -> e.declaration().interest(), 420));
        table.getColumns().add(Columns.date("directory.column.declaredOn", e -> e.declaration().declaredOn(), 110));
        table.getColumns().add(Columns.text("directory.column.current",
                e -> Messages.get(e.declaration().current() ? "directory.yes" : "directory.no"), 80));
        VBox.setVgrow(table, Priority.ALWAYS);

        var hint = new Label(Messages.get("directory.declarations.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var searchRow = new SearchRow(search, "directory.declarations.search", viewModel.searchProperty());
        HBox.setHgrow(searchRow, Priority.ALWAYS);
        var toolbar = new HBox(8, searchRow, currentOnly);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(toolbar, hint, table);
        setSpacing(8);
        setPadding(new Insets(12));
        Shortcuts.on(this).altFocus(KeyCode.A, search);
    }

    @Override
    public void requestFocus() {
        search.requestFocus();
    }
}
