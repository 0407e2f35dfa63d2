package uk.dln.secretariat.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.app.cli.WindowLaunch;
import uk.dln.secretariat.app.dialogs.FxDialogService;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.platform.Stylesheet;
import uk.dln.secretariat.app.task.FxTaskExecutor;
import uk.dln.secretariat.persistence.server.ServerAddress;

/** The JavaFX application: builds the services once, shows the window, then opens the workspace. */
public final class SecretariatApp extends Application {

    private Services services;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> log().error("Uncaught error", error));
        services = new Services(new FxTaskExecutor(), StartUpReading.preferences(), AppDirectories.forCurrentUser(),
                new FxDialogService(stage));
        window = new MainWindow(stage, services);
        window.show();
        // The database opens once the first frame is drawn, so the window appears without waiting for it.
        window.afterFirstFrameDrawn(() -> {
            window.offerLanguage();
            openWorkspace();
        });
    }

    private void openWorkspace() {
        String requested = getParameters().getNamed().get(WindowLaunch.WORKSPACE_PARAMETER);
        if (ServerAddress.isServer(requested)) {
            window.viewModel().connect(ServerAddress.parse(requested));
        } else if (requested != null) {
            window.viewModel().open(Path.of(requested));
        } else {
            window.viewModel().openStartupWorkspace();
        }
    }

    @Override
    public void stop() {
        if (services != null) {
            services.executor().shutdown();
            services.workspaces().close();
        }
        log().info("Stopped");
    }

    /**
     * Looked up when first used rather than held in a static field: the first logger sets up logging, reading its
     * configuration, and that must not delay the first frame.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(SecretariatApp.class);
    }

    /** Opens the window and returns once it is closed; the parameters are those {@link WindowLaunch} reads. */
    static void open(String[] parameters) {
        Application.launch(SecretariatApp.class, parameters);
    }

    static Scene scene(javafx.scene.Parent root, double width, double height) {
        var scene = new Scene(root, width, height);
        scene.getStylesheets().add(Stylesheet.url());
        return scene;
    }
}
