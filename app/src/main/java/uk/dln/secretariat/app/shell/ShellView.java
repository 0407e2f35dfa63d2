package uk.dln.secretariat.app.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.InterfaceLanguage;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.TaskExecutor;

/**
 * The main window's content: menu bar, navigation, the selected section and the status bar. Section views are built
 * the first time they are shown, so start-up pays only for the first.
 */
public final class ShellView extends BorderPane {

    /** Commands the shell offers that are carried out elsewhere (the app quits, settings open a dialog). */
    public record Commands(Runnable networkSettings, Runnable periods, Runnable about, Runnable quit, Tools tools,
                           Runnable loadStandardOrganisations, Consumer<Section> guide,
                           Consumer<InterfaceLanguage> language) {
    }

    /** The Tools menu's commands. */
    public record Tools(Runnable auditLog, Runnable backUpNow, Runnable backups) {
    }

    private final ShellViewModel viewModel;
    private final Function<Section, Node> sectionViews;
    private final Commands commands;
    private final VBox top;
    private boolean menusBuilt;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navigationButtons = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final Menu recentMenu = new Menu(Messages.get("menu.file.recent"));
    private final ChangeListener<Section> sectionShown = (obs, old, section) -> show(section);
    private final ListChangeListener<Path> recentChanged = change -> rebuildRecentMenu();

    public ShellView(ShellViewModel viewModel, TaskExecutor executor, Function<Section, Node> sectionViews,
                     Commands commands) {
        this.viewModel = viewModel;
        this.sectionViews = sectionViews;
        this.commands = commands;

        // The menus' titles first; the menu bar itself once the first frame is out (buildMenus).
        top = new VBox(new MenuTitles());
        setTop(top);
        showReadOnlyBannerWhenNeeded();
        setLeft(navigation());
        setCenter(content);
        setBottom(new StatusBar(viewModel.workspaceLocationProperty(), viewModel.savedNoticeProperty(), executor));
        content.getStyleClass().add("section-content");

        viewModel.selectedSectionProperty().addListener(sectionShown);
        viewModel.recentWorkspaces().addListener(recentChanged);
        rebuildRecentMenu();
        show(viewModel.selectedSectionProperty().get());
    }

    /**
     * The read-only banner is made the first time the workspace is read only, not for every first frame: most windows
     * never need it, and skinning it is start-up time. Once made it stays, hiding itself while changes are allowed.
     */
    private void showReadOnlyBannerWhenNeeded() {
        var notice = viewModel.readOnlyNoticeProperty();
        if (isSet(notice.get())) {
            top.getChildren().add(new ReadOnlyBanner(notice, viewModel::tryAgainForChanges));
            return;
        }
        notice.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> obs, String old, String now) {
                if (isSet(now)) {
                    notice.removeListener(this);
                    top.getChildren().add(new ReadOnlyBanner(notice, viewModel::tryAgainForChanges));
                }
            }
        });
    }

    private static boolean isSet(String notice) {
        return notice != null && !notice.isEmpty();
    }

    /**
     * Puts the menu bar in place of its titles. Called once the window's first frame is laid out (the window calls it
     * straight after, ahead of anything else it starts then), so the menus, their shortcuts and F10 work from the
     * moment the window can be seen; calling it again does nothing.
     */
    public void buildMenus() {
        if (!menusBuilt) {
            menusBuilt = true;
            var bar = menuBar(commands);
            top.getChildren().set(0, bar);
            // Skinned now rather than at the next pulse: the skin is what puts the menus' mnemonics (Alt+F) and
            // shortcuts into the scene, and a key may be on its way.
            bar.applyCss();
        }
    }

    private MenuBar menuBar(Commands commands) {
        var newWorkspace = item("menu.file.new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newWorkspace.setOnAction(event -> viewModel.newWorkspace());
        var openWorkspace = item("menu.file.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openWorkspace.setOnAction(event -> viewModel.openWorkspace());
        var connect = item("menu.file.connect", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        connect.setId("menu-file-connect");
        connect.setOnAction(event -> new ConnectDialog(getScene().getWindow(), new ConnectViewModel(viewModel))
                .showAndWait());
        var save = item("menu.file.save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(event -> viewModel.saveInFront(
                getScene() == null ? null : UnsavedMark.editorAround(getScene().getFocusOwner())));
        var quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> commands.quit().run());
        var file = new Menu(Messages.get("menu.file"), null,
                newWorkspace, openWorkspace, connect, recentMenu, new SeparatorMenuItem(), save,
                new SeparatorMenuItem(), quit);

        var settings = item("menu.edit.networkSettings",
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(event -> commands.networkSettings().run());
        var periods = item("menu.edit.periods", null);
        periods.setOnAction(event -> commands.periods().run());
        var edit = new Menu(Messages.get("menu.edit"), null, settings, periods, new SeparatorMenuItem(),
                languageMenu(commands.language()));

        var view = new Menu(Messages.get("menu.view"));
        for (Section section : Section.values()) {
            var go = item(section.titleKey(), new KeyCodeCombination(
                    KeyCode.getKeyCode(String.valueOf(section.shortcutDigit())), KeyCombination.SHORTCUT_DOWN));
            go.setOnAction(event -> goTo(section));
            view.getItems().add(go);
        }

        var loadStandard = item("menu.directory.loadStandard", null);
        loadStandard.setOnAction(event -> commands.loadStandardOrganisations().run());
        // No Alt+letter for this menu: every letter of its name is already a shortcut in a section (Alt+D adds a
        // role, Alt+I imports). F10 reaches it, as it reaches every menu.
        var directory = new Menu(Messages.get("menu.directory"), null, loadStandard);

        var tools = toolsMenu(commands.tools());

        // F1 opens the guide at the part about the section in front.
        var guide = item("menu.help.guide", new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(event -> commands.guide().accept(viewModel.selectedSectionProperty().get()));
        var about = item("menu.help.about", null);
        about.setOnAction(event -> commands.about().run());
        var help = new Menu(Messages.get("menu.help"), null, guide, new SeparatorMenuItem(), about);

        var bar = new MenuBar(file, edit, view, directory, tools, help);
        bar.setAccessibleText(Messages.get("menu.accessible"));
        return bar;
    }

    /** English and Cymraeg, each named in itself, the one showing ticked. */
    private static Menu languageMenu(Consumer<InterfaceLanguage> choose) {
        var menu = new Menu(Messages.get("menu.edit.language"));
        menu.setId("menu-language");
        var group = new ToggleGroup();
        var current = InterfaceLanguage.of(Messages.current().locale());
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            var item = new RadioMenuItem(Messages.get(language.messageKey()));
            item.setId("menu-language-" + language.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(language == current);
            item.setOnAction(event -> choose.accept(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Stops following the view model, when the window is built again in another language. */
    public void dispose() {
        viewModel.selectedSectionProperty().removeListener(sectionShown);
        viewModel.recentWorkspaces().removeListener(recentChanged);
    }

    private static Menu toolsMenu(Tools tools) {
        var auditLog = item("menu.tools.auditLog",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        auditLog.setOnAction(event -> tools.auditLog().run());
        var backUpNow = item("menu.tools.backUpNow", null);
        backUpNow.setOnAction(event -> tools.backUpNow().run());
        var backups = item("menu.tools.backups", null);
        backups.setOnAction(event -> tools.backups().run());
        return new Menu(Messages.get("menu.tools"), null, auditLog, new SeparatorMenuItem(), backUpNow, backups);
    }

    private Node navigation() {
        var group = new ToggleGroup();
        var box = new VBox();
        box.getStyleClass().add("navigation");
        box.setAccessibleText(Messages.get("navigation.accessible"));
        for (Section section : Section.values()) {
            var button = new ToggleButton(Messages.get(section.titleKey()));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("navigation-item");
            button.setAccessibleText(Messages.get(section.titleKey()));
            // Each tooltip is a popup window with a scene of its own; made when the pointer first reaches its button
            // rather than before the first frame, where the nine were a tenth of the FX thread's work (decision 0040).
            button.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
                if (button.getTooltip() == null) {
                    button.setTooltip(new Tooltip(Messages.get("navigation.tooltip", Messages.get(section.titleKey()),
                            section.shortcutDigit())));
                }
            });
            button.setOnAction(event -> {
                // A toggle can be clicked off; the navigation always has one section selected.
                button.setSelected(true);
                goTo(section);
            });
            navigationButtons.put(section, button);
            box.getChildren().add(button);
        }
        var heading = new Label(Messages.get("app.name"));
        heading.getStyleClass().add("navigation-heading");
        box.getChildren().add(0, heading);
        return box;
    }

    /** Goes to the section if the one showing has no unsaved changes, or they are saved or discarded. */
    private void goTo(Section section) {
        viewModel.goTo(section);
        // On Cancel the section stays, and so must its highlight in the navigation.
        navigationButtons.get(viewModel.selectedSectionProperty().get()).setSelected(true);
    }

    private void show(Section section) {
        ToggleButton button = navigationButtons.get(section);
        button.setSelected(true);
        // A shortcut (Ctrl+4) used while the navigation has the focus moves the focus along with the selection, so
        // the yellow focus highlight never sits on a section that is not showing.
        if (getScene() != null && navigationButtons.containsValue(getScene().getFocusOwner())) {
            button.requestFocus();
        }
        Node view = built.computeIfAbsent(section, sectionViews);
        content.getChildren().setAll(view);
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        var recent = viewModel.recentWorkspaces();
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            // Mnemonics 1-8 let a keyboard user pick a recent file straight away.
            var item = new MenuItem("_" + (i + 1) + "  " + file.getFileName() + "  (" + file.getParent() + ")");
            item.setMnemonicParsing(true);
            item.setOnAction(event -> viewModel.openRecent(file));
            recentMenu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            var none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private static MenuItem item(String key, KeyCombination accelerator) {
        var item = new MenuItem(Messages.get(key));
        item.setAccelerator(accelerator);
        return item;
    }
}
