package uk.dln.secretariat.app.directory;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import uk.dln.secretariat.app.forms.TabKeys;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The Directory section: organisations, people and declarations in tabs, with the network at a glance beside.
 * Ctrl+Page Down and Ctrl+Page Up move between the tabs from anywhere in the section, as in a browser.
 */
public final class DirectoryView extends BorderPane {

    public DirectoryView(DirectoryViewModel viewModel) {
        var tabs = new TabPane(
                tab("directory.tab.organisations", new OrganisationsView(viewModel.organisations())),
                tab("directory.tab.people", new LeadersView(viewModel.leaders())),
                tab("directory.tab.declarations", new DeclarationsView(viewModel.declarations())));
        tabs.setId("directory-tabs");
        tabs.setAccessibleText(Messages.get("section.directory"));
        TabKeys.install(this, tabs);
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
