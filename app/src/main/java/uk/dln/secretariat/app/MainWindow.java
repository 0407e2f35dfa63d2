package uk.dln.secretariat.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import uk.dln.secretariat.app.actions.ActionLogView;
import uk.dln.secretariat.app.actions.ActionLogViewModel;
import uk.dln.secretariat.app.actions.Choice;
import uk.dln.secretariat.app.boardpack.BoardPackView;
import uk.dln.secretariat.app.boardpack.BoardPackViewModel;
import uk.dln.secretariat.app.boardpack.DesktopFileOpener;
import uk.dln.secretariat.app.directory.DirectoryView;
import uk.dln.secretariat.app.directory.DirectoryViewModel;
import uk.dln.secretariat.app.directory.ReferenceListOffer;
import uk.dln.secretariat.app.help.GuideWindow;
import uk.dln.secretariat.app.home.Destination;
import uk.dln.secretariat.app.home.HomeView;
import uk.dln.secretariat.app.home.HomeViewModel;
import uk.dln.secretariat.app.help.UserGuide;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.i18n.InterfaceLanguage;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.meetings.DesktopPaperOpener;
import uk.dln.secretariat.app.meetings.MeetingsView;
import uk.dln.secretariat.app.meetings.MeetingsViewModel;
import uk.dln.secretariat.app.platform.AppInfo;
import uk.dln.secretariat.app.preferences.LanguagePreference;
import uk.dln.secretariat.app.preferences.UserPreferences.WindowLayout;
import uk.dln.secretariat.app.refresh.SectionRefresh;
import uk.dln.secretariat.app.roadmaps.RoadmapsView;
import uk.dln.secretariat.app.roadmaps.RoadmapsViewModel;
import uk.dln.secretariat.app.roadmaps.SpendingReviewPeriodsDialog;
import uk.dln.secretariat.app.roadmaps.SpendingReviewPeriodsViewModel;
import uk.dln.secretariat.app.settings.NetworkSettingsDialog;
import uk.dln.secretariat.app.settings.NetworkSettingsViewModel;
import uk.dln.secretariat.app.returns.ReturnsView;
import uk.dln.secretariat.app.returns.ReturnsViewModel;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.shell.ShellView;
import uk.dln.secretariat.app.shell.ShellViewModel;
import uk.dln.secretariat.app.toolkit.SelfAssessmentView;
import uk.dln.secretariat.app.toolkit.SelfAssessmentViewModel;

/** The main stage: the shell in a scene, the window's remembered place, and the commands that open dialogs. */
public final class MainWindow {

    private final Stage stage;
    private final Services services;
    private final ShellViewModel viewModel;
    private final WorkspaceTasks tasks;
    private final ReferenceListOffer standardOrganisations;
    private final LanguagePreference language;
    private final SectionRefresh refresh;
    private ShellView view;
    private HomeViewModel home;
    private DirectoryViewModel directory;
    private MeetingsViewModel meetings;
    private ActionLogViewModel actions;
    private RoadmapsViewModel roadmaps;
    private SelfAssessmentViewModel selfAssessment;
    private BoardPackViewModel boardPacks;
    private ReturnsViewModel returns;
    private GuideWindow guide;

    public MainWindow(Stage stage, Services services) {
        this.stage = stage;
        this.services = services;
        this.viewModel = new ShellViewModel(services.workspaces(), services.preferences(), services.directories(),
                services.dialogs(), services.clock());
        this.tasks = new WorkspaceTasks(services.workspaces(), services.executor(), services.dialogs());
        // Other people's changes to a shared workspace reach each section once it is built (decision 0046).
        this.refresh = new SectionRefresh(services.changesByOthers(), viewModel.selectedSectionProperty());
        refresh.reload(Section.BOARD_PACKS, () -> {
            if (boardPacks != null) {
                boardPacks.reload();
            }
        });
        refresh.reload(Section.RETURNS, () -> {
            if (returns != null) {
                returns.reload();
            }
        });
        // Section view models are built when their section is first shown (decision 0035): the first frame, of
        // Home, loads no class of the other sections.
        this.standardOrganisations = new ReferenceListOffer(tasks, () -> {
            if (directory != null) {
                directory.reload();
            }
            if (home != null) {
                home.reload();
            }
        });
        this.language = new LanguagePreference(services.preferences(), Locale.getDefault());
        viewModel.setOnFirstRun(standardOrganisations::offer);
        view = shell();
        // Never larger than the screen, so a small laptop display shows the whole window.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(SecretariatApp.scene(view, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight())));
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        restoreLayout();
        stage.setOnCloseRequest(event -> {
            // Closing the window is quitting: unsaved work is asked about first, and Cancel keeps it open.
            event.consume();
            quit();
        });
    }

    /**
     * Shows the window. Its menu bar is built straight after the first frame (decision 0035). The menus' mnemonics
     * (Alt+F) and shortcuts come with the bar's skin, which even a bar built with the window gets only in the first
     * pulse, so no key finds the menus any later than before.
     */
    public void show() {
        stage.show();
        afterFirstFrame(() -> view.buildMenus());
    }

    private ShellView shell() {
        return new ShellView(viewModel, services.executor(), this::sectionView,
                new ShellView.Commands(this::openNetworkSettings, this::openPeriods, this::showAbout, this::quit,
                        ToolsCommands.of(stage, services), standardOrganisations::loadMissing, this::showGuide,
                        this::chooseLanguage));
    }

    /** Edit > Language: after the question about any unsaved changes, the window is built again in the language. */
    public void chooseLanguage(InterfaceLanguage chosen) {
        language.choose(chosen, viewModel.changes(), this::rebuild);
    }

    /** On a Welsh system's first run, asks which language to use (in both). */
    public void offerLanguage() {
        if (language.offerNeeded()) {
            language.offer(services.dialogs(), viewModel.changes(), this::rebuild);
        }
    }

    /**
     * Builds the views again in the language now current. Every editor was saved or discarded first, so no work is
     * lost; the section showing stays in front, and the view models (the workspace's data) are kept.
     */
    private void rebuild() {
        view.dispose();
        view = shell();
        stage.getScene().setRoot(view);
        // The window is already showing: no first frame to wait for.
        view.buildMenus();
    }

    /**
     * Runs the action once the window's first pulse has styled and laid it out, so that work started then (opening
     * the database, say) does not compete for the processor with building the first frame.
     */
    public void afterFirstFrame(Runnable action) {
        afterNextPulse(action);
    }

    /**
     * Runs the action once the first frame has been drawn, not only laid out: after the pulse that follows it, which
     * waits for the previous frame's drawing before handing over its own. Work started then (opening the database)
     * no longer competes with the render thread drawing that frame (decision 0035, continued in docs/benchmarks.md).
     */
    public void afterFirstFrameDrawn(Runnable action) {
        afterNextPulse(() -> {
            afterNextPulse(action);
            // Something to draw, or the next pulse has no previous frame to wait for: the menu bar is built then.
            Platform.requestNextPulse();
        });
    }

    /** Runs the action, on the FX thread, straight after the scene's next pulse. */
    private void afterNextPulse(Runnable action) {
        var scene = stage.getScene();
        var done = new boolean[1];
        Runnable onPulse = new Runnable() {
            @Override
            public void run() {
                if (!done[0]) {
                    done[0] = true;
                    // Removed later: the scene is going through its listeners right now.
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    Platform.runLater(action);
                }
            }
        };
        scene.addPostLayoutPulseListener(onPulse);
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public Stage stage() {
        return stage;
    }

    /** Each section's view, built when the section is first shown. */
    private Node sectionView(Section section) {
        return switch (section) {
            case HOME -> new HomeView(home(), this::goTo);
            case DIRECTORY -> new DirectoryView(directory());
            case MEETINGS -> new MeetingsView(meetings());
            case ACTIONS -> new ActionLogView(actions());
            case ROADMAPS -> new RoadmapsView(roadmaps(), services.executor());
            case BOARD_PACKS -> new BoardPackView(boardPacks = new BoardPackViewModel(services.workspaces(),
                    services.executor(), services.clock(), new DesktopFileOpener()));
            case RETURNS -> new ReturnsView(returns = new ReturnsViewModel(services.workspaces(), services.executor(),
                    services.clock(), Path.of(System.getProperty("user.home"), "Returns")));
            case SELF_ASSESSMENT -> new SelfAssessmentView(selfAssessment());
        };
    }

    private void openNetworkSettings() {
        services.workspaces().current().ifPresentOrElse(
                workspace -> new NetworkSettingsDialog(stage,
                        new NetworkSettingsViewModel(workspace.data(), services.executor(), services.dialogs()),
                                services.dialogs())
                        .showAndWait(),
                () -> services.dialogs().showError(Messages.get("settings.noWorkspace.heading"),
                        Messages.get("settings.noWorkspace.body")));
    }

    /** Follows a link on Home: the section, then in it the meeting or organisation the line was about. */
    private void goTo(Destination destination) {
        viewModel.goTo(destination.section());
        if (viewModel.selectedSectionProperty().get() != destination.section()) {
            return;
        }
        switch (destination.section()) {
            case MEETINGS -> {
                if (destination.meetingId() != 0) {
                    meetings().select(destination.meetingId());
                }
            }
            case ACTIONS -> {
                if (destination.organisationId() != 0) {
                    // The tracker keeps a chosen organisation by its id when its choices arrive.
                    actions().organisationProperty().set(new Choice(destination.organisationId(),
                            destination.organisation()));
                    actions().overdueOnlyProperty().set(true);
                }
            }
            case ROADMAPS -> {
                if (destination.organisationId() != 0) {
                    roadmaps().chooseOrganisation(destination.organisationId());
                }
            }
            case DIRECTORY -> {
                if (destination.organisationId() != 0) {
                    directory().organisations().searchProperty().set(destination.organisation());
                }
            }
            default -> { }
        }
    }

    private HomeViewModel home() {
        if (home == null) {
            home = new HomeViewModel(services.workspaces(), services.executor(), services.clock());
            // Home is read again each time it is shown, so what was just done elsewhere is ticked off.
            viewModel.selectedSectionProperty().addListener((obs, old, section) -> {
                if (section == Section.HOME) {
                    home.reload();
                }
            });
            refresh.reload(Section.HOME, home::reload);
        }
        return home;
    }

    private DirectoryViewModel directory() {
        if (directory == null) {
            directory = new DirectoryViewModel(tasks, services.clock());
            viewModel.guard(Section.DIRECTORY, directory.changes());
            refresh.tell(Section.DIRECTORY, directory::othersChanged);
        }
        return directory;
    }

    private MeetingsViewModel meetings() {
        if (meetings == null) {
            meetings = new MeetingsViewModel(tasks, services.clock(), new DesktopPaperOpener());
            viewModel.guard(Section.MEETINGS, meetings.changes());
            refresh.tell(Section.MEETINGS, meetings::othersChanged);
        }
        return meetings;
    }

    private ActionLogViewModel actions() {
        if (actions == null) {
            actions = new ActionLogViewModel(tasks, services.clock());
            refresh.tell(Section.ACTIONS, actions::othersChanged);
        }
        return actions;
    }

    /** The roadmaps view model, built when first needed so start-up does not load roadmaps. */
    /** Built when the section is first shown; its forms are guarded from then on. */
    private SelfAssessmentViewModel selfAssessment() {
        // Kept once built, like the other sections' view models: a language change rebuilds only the views.
        if (selfAssessment == null) {
            selfAssessment = new SelfAssessmentViewModel(tasks, services.clock());
            viewModel.guard(Section.SELF_ASSESSMENT, selfAssessment.changes());
            refresh.tell(Section.SELF_ASSESSMENT, selfAssessment::othersChanged);
        }
        return selfAssessment;
    }

    private RoadmapsViewModel roadmaps() {
        if (roadmaps == null) {
            roadmaps = new RoadmapsViewModel(services.workspaces(), services.executor(), services.clock(),
                    services.dialogs());
            viewModel.guard(Section.ROADMAPS, roadmaps.changes());
            refresh.reload(Section.ROADMAPS, roadmaps.changes(), roadmaps::reload);
            refresh.tell(Section.ROADMAPS, roadmaps::othersChanged);
        }
        return roadmaps;
    }

    private void openPeriods() {
        new SpendingReviewPeriodsDialog(stage, new SpendingReviewPeriodsViewModel(tasks, () -> {
            if (roadmaps != null) {
                roadmaps.reload();
            }
        })).showAndWait();
    }

    /** Help > User guide (F1): one guide window, brought forward at the part about the section in front. */
    private void showGuide(Section section) {
        if (guide == null) {
            guide = new GuideWindow(stage, UserGuide.shipped());
        }
        guide.showAt(Messages.get(section.titleKey()));
    }

    private void showAbout() {
        services.dialogs().showInformation(Messages.get("about.heading", AppInfo.version()),
                Messages.get("about.body", services.directories().home()));
    }

    private void quit() {
        viewModel.quit(() -> {
            saveLayout();
            stage.close();
            Platform.exit();
        });
    }

    private void restoreLayout() {
        services.preferences().windowLayout().ifPresent(layout -> {
            stage.setX(layout.x());
            stage.setY(layout.y());
            stage.setWidth(layout.width());
            stage.setHeight(layout.height());
            stage.setMaximized(layout.maximised());
        });
    }

    private void saveLayout() {
        services.preferences().saveWindowLayout(new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }
}
