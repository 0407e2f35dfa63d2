package uk.dln.secretariat.app.shell;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * What the window's first frame shows where the menu bar goes: the menus' titles as plain labels, looking as the bar
 * does. A real {@link javafx.scene.control.MenuBar} makes a button with a skin and a popup window for each menu, a
 * sixth of the work before the first frame; {@link ShellView#buildMenus()} puts it in place straight after that
 * frame, before a key pressed on seeing the window is handled (decision 0035).
 */
final class MenuTitles extends HBox {

    static final String STYLE_CLASS = "menu-bar-placeholder";

    /** The menus' titles, in the menu bar's order. */
    static final List<String> KEYS = List.of("menu.file", "menu.edit", "menu.view", "menu.directory", "menu.tools",
            "menu.help");

    MenuTitles() {
        for (String key : KEYS) {
            var title = new Label(Messages.get(key));
            // The underscore marks the mnemonic, as in the menu; it is not shown.
            title.setMnemonicParsing(true);
            title.getStyleClass().add("menu-title");
            getChildren().add(title);
        }
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(false);
    }
}
