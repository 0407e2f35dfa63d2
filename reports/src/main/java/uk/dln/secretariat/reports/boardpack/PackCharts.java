package uk.dln.secretariat.reports.boardpack;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.WorkAhead;
import uk.dln.secretariat.reports.charts.ChartImage;
import uk.dln.secretariat.reports.charts.TimelineImage;
import uk.dln.secretariat.reports.charts.TrendImage;

/**
 * The pack's charts, drawn on a thread of their own in the order the pack places them. Drawing and compressing a
 * decade's hundreds of charts is as much work as writing the rest of the pack, and a second core would otherwise sit
 * idle (docs/benchmarks.md). An export starts them first ({@link BoardPackWriter#startDrawingCharts}) and queues the
 * trackers behind them ({@link #afterTheCharts}, decision 0056). The pack's own thread never waits with nothing to do:
 * it draws a chart nobody has begun when it reaches one, and while the chart it needs is being drawn it draws the last
 * chart not yet begun, so the two threads draw from either end of the queue and meet. Closing stops the drawing of
 * any chart not yet begun, so a cancelled export leaves nothing running.
 */
public final class PackCharts implements AutoCloseable {

    private final PackRequest request;
    private final Texts texts;
    private final ExecutorService drawer;
    private final Map<Object, WorkAhead<ChartImage>> drawing = new IdentityHashMap<>();
    /** The charts in the order queued, and how far from the end the pack's thread has looked for one to draw. */
    private final List<WorkAhead<ChartImage>> queued = new ArrayList<>();
    private int lastNotBegun = -1;

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
                roadmaps(request).forEach(r -> charts.queue(r, () -> charts.drawTimeline(r)));
            } else if (section == PackSection.INDICATORS) {
                IndicatorTrendsPart.charted(request)
                        .forEach(s -> charts.queue(s, () -> charts.drawTrend(s)));
            }
        }
        charts.lastNotBegun = charts.queued.size() - 1;
        return charts;
    }

    private void queue(Object shown, Supplier<ChartImage> draw) {
        var ahead = WorkAhead.queue(drawer, draw);
        drawing.put(shown, ahead);
        queued.add(ahead);
    }

    /**
     * Other work of the export, queued on the chart thread behind the charts: once they are drawn or taken by the pack,
     * that thread would otherwise sit idle while the pack is written (decision 0056). Closing the charts keeps it from
     * beginning, so the caller takes what it made, or waits for it, first.
     */
    public <T> WorkAhead<T> afterTheCharts(Supplier<T> work) {
        return WorkAhead.queue(drawer, work);
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
     * A chart drawn ahead; one not yet begun, or never asked for ahead, is drawn here, on the thread that needs it. While
     * the chart thread is still drawing the one needed, this thread draws the last chart in the queue that it has not
     * begun, rather than wait with nothing to do: the two threads then draw from either end of the queue and meet,
     * so the pack waits on the charts for half the time (decision 0056).
     */
    private ChartImage take(WorkAhead<ChartImage> ahead, Supplier<ChartImage> draw) {
        if (ahead == null) {
            return draw.get();
        }
        while (ahead.isUnderWay() && drawLastNotBegun()) {
            // Drawn here; the one needed may be ready now.
        }
        return ahead.take();
    }

    private boolean drawLastNotBegun() {
        for (; lastNotBegun >= 0; lastNotBegun--) {
            if (queued.get(lastNotBegun).doHereIfNotBegun()) {
                return true;
            }
        }
        return false;
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
}
