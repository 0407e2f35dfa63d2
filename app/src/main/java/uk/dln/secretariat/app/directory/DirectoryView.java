package uk.dln.secretariat.app.directory;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import uk.dln.secretariat.app.forms.SidePanel;
import uk.dln.secretariat.app.forms.TabKeys;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The Directory section: organisations, people and declarations in tabs, with the network at a glance beside.
 * Ctrl+Page Down and Ctrl+Page Up move between the tabs from anywhere in the section, as in a browser.
 */
public final class DirectoryView extends BorderPane {

    /** The section's width from which the glance fits beside the tabs' list and form without squeezing them. */
    static final double GLANCE_FITS_FROM = 1100;

    public DirectoryView(DirectoryViewModel viewModel) {
        var tabs = new TabPane(
                tab("directory.tab.organisations", new OrganisationsView(viewModel.organisations())),
                tab("directory.tab.people", new LeadersView(viewModel.leaders())),
                tab("directory.tab.declarations", new DeclarationsView(viewModel.declarations())));
        tabs.setId("directory-tabs");
        tabs.setAccessibleText(Messages.get("section.directory"));
        TabKeys.install(this, tabs);
        var glance = new GlanceView(viewModel.glance());
        var glanceToggle = SidePanel.install(widthProperty(), GLANCE_FITS_FROM, shown -> setRight(shown ? glance : null),
                "directory.glance.show", "directory.glance.hide");
        glanceToggle.setId("directory-glance-toggle");
        // The toggle sits at the end of the tab headers' row, where the tabs leave room.
        var centre = new StackPane(tabs, glanceToggle);
        StackPane.setAlignment(glanceToggle, Pos.TOP_RIGHT);
        StackPane.setMargin(glanceToggle, new Insets(6, 8, 0, 0));
        setCenter(centre);
        getStyleClass().add("directory");
    }

    private static Tab tab(String key, Node content) {
        var tab = new Tab(Messages.get(key), content);
        tab.setClosable(false);
        tab.setTooltip(new Tooltip(Messages.get("directory.tab.tooltip")));
        return tab;
    }
}
