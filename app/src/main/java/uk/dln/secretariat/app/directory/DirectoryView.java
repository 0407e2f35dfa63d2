package uk.dln.secretariat.app.directory;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The Directory section: organisations, people and declarations in tabs, with the network at a glance beside.
 * Ctrl+Page Down and Ctrl+Page Up move between the tabs from anywhere in the section, as in a browser.
 */
public final class DirectoryView extends BorderPane {

    private static final KeyCombination NEXT_TAB = new KeyCodeCombination(KeyCode.PAGE_DOWN,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_TAB = new KeyCodeCombination(KeyCode.PAGE_UP,
            KeyCombination.SHORTCUT_DOWN);

    public DirectoryView(DirectoryViewModel viewModel) {
        var tabs = new TabPane(
                tab("directory.tab.organisations", new OrganisationsView(viewModel.organisations())),
                tab("directory.tab.people", new LeadersView(viewModel.leaders())),
                tab("directory.tab.declarations", new DeclarationsView(viewModel.declarations())));
        tabs.setId("directory-tabs");
        tabs.setAccessibleText(Messages.get("section.directory"));
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int step = NEXT_TAB.match(event) ? 1 : PREVIOUS_TAB.match(event) ? -1 : 0;
            if (step != 0) {
                int count = tabs.getTabs().size();
                var selection = tabs.getSelectionModel();
                selection.select((selection.getSelectedIndex() + step + count) % count);
                tabs.getSelectionModel().getSelectedItem().getContent().requestFocus();
                event.consume();
            }
        });
        setCenter(tabs);
        setRight(new GlanceView(viewModel.glance()));
        getStyleClass().add("directory");
    }

    private static Tab tab(String key, Node content) {
        var tab = new Tab(Messages.get(key), content);
        tab.setClosable(false);
        tab.setTooltip(new Tooltip(Messages.get("directory.tab.tooltip")));
        return tab;
    }
}
