package uk.dln.secretariat.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import uk.dln.secretariat.app.boardpack.BoardPackView;
import uk.dln.secretariat.app.boardpack.BoardPackViewModel;
import uk.dln.secretariat.app.boardpack.FileOpener;
import uk.dln.secretariat.app.platform.Stylesheet;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.app.task.FxTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;

/**
 * How responsive the FX thread stays while a board pack and its trackers are exported: the app's Board packs view in
 * a window, its view model exporting the decade's last meeting through the app's task executor, while two probes
 * watch the FX thread: an animation timer recording the gaps between pulses, and a {@code Platform.runLater} posted
 * every 10 ms recording how late it runs. The floor is the same window with nothing exporting, in the same run, for
 * as long as the export before it took.
 *
 * <p>{@code xvfb-run -a java -cp ... uk.dln.secretariat.benchmarks.ExportStallProbe [SCALE] [ROUNDS]} (1 and 3 unless
 * given; {@code -Ddecade.dir=DIR} as for the benchmarks). Prints the longest gap and the 99th percentile for each. Run
 * it with the collector's options the app's launchers set ({@code -XX:MaxGCPauseMillis=50 -Xmn96m}, decision 0020),
 * as {@code benchmarks/run.sh} does, so that it measures the app as people run it.
 */
public final class ExportStallProbe {

    /** What the FX thread is being measured during. */
    enum Phase { SETTING_UP, EXPORTING, IDLE }

    private static final long PING_MILLIS = 10;
    /** Stalls over the target are listed one by one with what the export was doing, to find their cause. */
    private static final long REPORT_STALL_MILLIS = 100;
    /** Collections this long are listed too: a stall over the target that starts with one is the collector's. */
    private static final long REPORT_PAUSE_MILLIS = 50;

    private final Map<Phase, Samples> pulseGaps = new EnumMap<>(Phase.class);
    private final Map<Phase, Samples> pingDelays = new EnumMap<>(Phase.class);
    /** Stop-the-world collections stop the FX thread too; each phase's longest, from the collectors' notices. */
    private final Map<Phase, Samples> gcPauses = new EnumMap<>(Phase.class);
    private final long started = System.nanoTime();
    private volatile Phase phase = Phase.SETTING_UP;
    private BoardPackViewModel viewModel;
    private long lastPulse;

    private ExportStallProbe() {
        for (Phase each : Phase.values()) {
            pulseGaps.put(each, new Samples());
            pingDelays.put(each, new Samples());
            gcPauses.put(each, new Samples());
        }
    }

    public static void main(String[] args) throws Exception {
        String scale = args.length > 0 ? args[0] : "1";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.println("load before: " + Files.readString(Path.of("/proc/loadavg")).strip());
        new ExportStallProbe().run(scale, rounds);
        System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).strip());
        System.exit(0);
    }

    private void run(String scale, int rounds) throws Exception {
        Path file = Decade.freshCopy(scale);
        Path folder = Files.createDirectories(file.resolveSibling("out"));
        Preferences node = Preferences.userRoot().node("uk/dln/secretariat-bench/" + UUID.randomUUID());
        var executor = new FxTaskExecutor();
        var workspaces = new WorkspaceService(executor, new UserPreferences(node));
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "ping");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var shown = new CompletableFuture<Void>();
            Platform.startup(() -> {
                show(workspaces, executor, folder);
                startWatching();
                shown.complete(null);
            });
            shown.get();
            watchCollections();
            pinger.scheduleAtFixedRate(this::ping, PING_MILLIS, PING_MILLIS, TimeUnit.MILLISECONDS);
            openAndChooseLastMeeting(workspaces, file);
            for (int round = 1; round <= rounds; round++) {
                long took = exportOnce();
                System.out.printf("round %d: export %.2f s (%s)%n", round, took / 1e9, onFx(viewModel.statusProperty()::get));
                phase = Phase.IDLE;
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(took));
                phase = Phase.SETTING_UP;
            }
            report(scale, rounds);
        } finally {
            pinger.shutdownNow();
            onFx(() -> {
                executor.shutdown();
                workspaces.close();
                return null;
            });
            Platform.exit();
            node.removeNode();
            Decade.deleteFolderOf(file);
        }
    }

    /** The app's Board packs view, with the app's stylesheet, in a window of its own; a pack never opens a file. */
    private void show(WorkspaceService workspaces, FxTaskExecutor executor, Path folder) {
        var lastDay = Clock.fixed(Decade.LAST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        viewModel = new BoardPackViewModel(workspaces, executor, lastDay, new FileOpener() {
            @Override
            public boolean isSupported() {
                return false;
            }

            @Override
            public void open(Path fileOrFolder) {
                // Nothing is opened while measuring.
            }
        }, java.util.Optional::empty); // The Word pack and trackers only, as the figures in docs/benchmarks.md were.
        viewModel.folderProperty().set(folder);
        var scene = new Scene(new BoardPackView(viewModel), 900, 700);
        scene.getStylesheets().add(Stylesheet.url());
        var stage = new Stage();
        stage.setTitle("Export stall probe");
        stage.setScene(scene);
        stage.show();
    }

    /** Pulses keep coming while an animation timer runs, so each gap between them is time the FX thread was busy. */
    private void startWatching() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long at = System.nanoTime();
                if (lastPulse != 0) {
                    record(pulseGaps, at - lastPulse, "pulse gap");
                }
                lastPulse = at;
            }
        }.start();
    }

    private void watchCollections() {
        for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector.getName().endsWith("Cycles")) {
                continue; // ZGC's and Shenandoah's cycles run alongside the program; their pauses are reported apart.
            }
            ((javax.management.NotificationEmitter) collector).addNotificationListener((notice, handback) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notice.getUserData());
                long millis = info.getGcInfo().getDuration();
                Phase now = phase;
                synchronized (gcPauses) {
                    gcPauses.get(now).add(TimeUnit.MILLISECONDS.toNanos(millis));
                }
                if (now == Phase.EXPORTING && millis >= REPORT_PAUSE_MILLIS) {
                    System.out.printf("  %s (%s, %s) %d ms at %.2f s%n", info.getGcName(), info.getGcAction(),
                            info.getGcCause(), millis, (System.nanoTime() - started) / 1e9);
                }
            }, notice -> notice.getType().equals(
                    com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
        }
    }

    private void ping() {
        long posted = System.nanoTime();
        Platform.runLater(() -> record(pingDelays, System.nanoTime() - posted, "runLater delay"));
    }

    /** On the FX thread only, so the samples need no locking. */
    private void record(Map<Phase, Samples> samples, long nanos, String what) {
        Phase now = phase;
        samples.get(now).add(nanos);
        if (now == Phase.EXPORTING && nanos >= TimeUnit.MILLISECONDS.toNanos(REPORT_STALL_MILLIS)) {
            System.out.printf("  %s %d ms at %.2f s, during '%s'%n", what, nanos / 1_000_000,
                    (System.nanoTime() - started) / 1e9, viewModel.statusProperty().get());
        }
    }

    private void openAndChooseLastMeeting(WorkspaceService workspaces, Path file) throws Exception {
        var opened = new CompletableFuture<Void>();
        Platform.runLater(() -> workspaces.open(file, workspace -> opened.complete(null),
                opened::completeExceptionally));
        opened.get(5, TimeUnit.MINUTES);
        // The view model reads the meetings when the workspace opens; the pack is for the latest of them.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (onFx(() -> viewModel.meetings().isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No meetings in " + file);
            }
            Thread.sleep(50);
        }
        System.out.println("pack for: " + onFx(() -> {
            viewModel.meetingProperty().set(viewModel.meetings().get(0));
            return viewModel.meetingProperty().get().date();
        }));
        // Let the meeting's papers load and the window settle before measuring.
        Thread.sleep(2000);
    }

    /** Starts the export as the Export button does and waits for it to finish; returns how long it took. */
    private long exportOnce() throws Exception {
        var finished = new CompletableFuture<Long>();
        onFx(() -> {
            long start = System.nanoTime();
            viewModel.runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was,
                                    Boolean running) {
                    if (!running) {
                        phase = Phase.SETTING_UP;
                        viewModel.runningProperty().removeListener(this);
                        finished.complete(System.nanoTime() - start);
                    }
                }
            });
            phase = Phase.EXPORTING;
            viewModel.export();
            if (!viewModel.runningProperty().get()) {
                throw new IllegalStateException("The export did not start: " + viewModel.statusProperty().get());
            }
            return null;
        });
        long took = finished.get(30, TimeUnit.MINUTES);
        if (onFx(() -> viewModel.resultProperty().get()) == null) {
            throw new IllegalStateException("The export failed: " + onFx(viewModel.statusProperty()::get));
        }
        return took;
    }

    private void report(String scale, int rounds) throws Exception {
        onFx(() -> {
            System.out.printf("scale %s, %d exports; FX thread, ms (each %d ms ping and each pulse):%n", scale,
                    rounds, PING_MILLIS);
            for (Phase each : new Phase[] {Phase.EXPORTING, Phase.IDLE}) {
                String name = each == Phase.EXPORTING ? "exporting" : "idle (floor)";
                System.out.printf("  %-13s pulse gaps %s%n", name, pulseGaps.get(each).describe());
                System.out.printf("  %-13s runLater   %s%n", name, pingDelays.get(each).describe());
                synchronized (gcPauses) {
                    System.out.printf("  %-13s GC pauses  %s%n", name, gcPauses.get(each).describe());
                }
            }
            return null;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(1, TimeUnit.MINUTES);
    }

    /** Durations in nanoseconds, summarised in milliseconds. */
    private static final class Samples {
        private long[] values = new long[1024];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        String describe() {
            if (size == 0) {
                return "no samples";
            }
            long[] sorted = java.util.Arrays.copyOf(values, size);
            java.util.Arrays.sort(sorted);
            return String.format("n %6d  median %6.1f  p99 %6.1f  max %6.1f", size, at(sorted, 0.5),
                    at(sorted, 0.99), sorted[size - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
        }
    }
}
