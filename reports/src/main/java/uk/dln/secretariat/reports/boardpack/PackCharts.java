package uk.dln.secretariat.reports.boardpack;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.charts.ChartImage;
import uk.dln.secretariat.reports.charts.TimelineImage;
import uk.dln.secretariat.reports.charts.TrendImage;

/**
 * The pack's charts, drawn on a thread of their own in the order the pack places them. Drawing and compressing a
 * decade's hundreds of charts is as much work as writing the rest of the pack, and a second core would otherwise sit
 * idle (docs/benchmarks.md). An export starts them first ({@link BoardPackWriter#startDrawingCharts}) and writes the
 * trackers, which need none, while they are drawn (decision 0053). When the pack reaches a chart not yet begun, its
 * own thread draws it rather than wait with nothing to do, so on a machine with a core free the two threads share the
 * drawing that is left. Closing stops the drawing of any chart not yet begun, so a cancelled export leaves nothing
 * running.
 */
public final class PackCharts implements AutoCloseable {

    private final PackRequest request;
    private final Texts texts;
    private final ExecutorService drawer;
    private final Map<Object, Future<ChartImage>> drawing = new IdentityHashMap<>();

    private PackCharts(PackRequest request, Texts texts, ExecutorService drawer) {
        this.request = request;
        this.texts = texts;
        this.drawer = drawer;
    }

    /** Starts drawing every chart the request's sections will show, in the order they will be needed. */
    static PackCharts startDrawing(PackRequest request, Texts texts) {
        return startDrawing(request, texts, Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, "board pack charts");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** The same, drawn by the executor given, which closing shuts down: the seam where tests hold the drawing back. */
    static PackCharts startDrawing(PackRequest request, Texts texts, ExecutorService drawer) {
        var charts = new PackCharts(request, texts, drawer);
        for (PackSection section : request.orderedSections()) {
            if (section == PackSection.ROADMAPS) {
                roadmaps(request).forEach(r -> charts.drawing.put(r, charts.drawer.submit(() -> charts.drawTimeline(r))));
            } else if (section == PackSection.INDICATORS) {
                IndicatorTrendsPart.charted(request)
                        .forEach(s -> charts.drawing.put(s, charts.drawer.submit(() -> charts.drawTrend(s))));
            }
        }
        return charts;
    }

    /** Whether any chart is being drawn ahead: none is when the chosen sections show none. */
    boolean isDrawingAhead() {
        return !drawing.isEmpty();
    }

    /** The roadmap's timeline (see {@link #take}). */
    ChartImage timeline(OrganisationRoadmap roadmap) {
        return take(drawing.get(roadmap), () -> drawTimeline(roadmap));
    }

    /** The indicator's trend chart (see {@link #take}). */
    ChartImage trend(IndicatorSeries series) {
        return take(drawing.get(series), () -> drawTrend(series));
    }

    /**
     * A chart drawn ahead, waiting for it if it is being drawn; one not yet begun, or never asked for ahead, is drawn
     * here, on the thread that needs it, which would otherwise only wait.
     */
    private static ChartImage take(Future<ChartImage> ahead, Supplier<ChartImage> draw) {
        // Cancelling succeeds only for a chart not begun: the chart thread then passes over it. One cancelled so
        // before, asked for again, is drawn again.
        if (ahead == null || ahead.cancel(false) || ahead.isCancelled()) {
            return draw.get();
        }
        return await(ahead);
    }

    @Override
    public void close() {
        drawer.shutdownNow();
        // The pack's thread may have drawn some charts itself, and lives on in the app's task pool.
        ChartImage.releaseCanvas();
    }

    private ChartImage drawTimeline(OrganisationRoadmap roadmap) {
        RoadmapPackData data = request.roadmaps().orElseThrow();
        return TimelineImage.draw(roadmap, data.period(), request.date(), texts);
    }

    private ChartImage drawTrend(IndicatorSeries series) {
        return TrendImage.draw(series, texts);
    }

    private static List<OrganisationRoadmap> roadmaps(PackRequest request) {
        return request.roadmaps().map(RoadmapPackData::roadmaps).orElse(List.of());
    }

    private static ChartImage await(Future<ChartImage> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for a chart");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
