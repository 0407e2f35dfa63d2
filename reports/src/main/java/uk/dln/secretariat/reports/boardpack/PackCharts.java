package uk.dln.secretariat.reports.boardpack;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * trackers, which need none, while they are drawn, so that the pack seldom waits for one (decision 0053). Closing
 * stops the drawing of any chart not yet begun, so a cancelled export leaves nothing running.
 */
public final class PackCharts implements AutoCloseable {

    private final PackRequest request;
    private final Texts texts;
    private final ExecutorService drawer = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "board pack charts");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Object, Future<ChartImage>> drawing = new IdentityHashMap<>();

    private PackCharts(PackRequest request, Texts texts) {
        this.request = request;
        this.texts = texts;
    }

    /** Starts drawing every chart the request's sections will show, in the order they will be needed. */
    static PackCharts startDrawing(PackRequest request, Texts texts) {
        var charts = new PackCharts(request, texts);
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

    /** The roadmap's timeline, waiting for it if it is still being drawn. */
    ChartImage timeline(OrganisationRoadmap roadmap) {
        Future<ChartImage> future = drawing.get(roadmap);
        return future == null ? drawTimeline(roadmap) : await(future);
    }

    /** The indicator's trend chart, waiting for it if it is still being drawn. */
    ChartImage trend(IndicatorSeries series) {
        Future<ChartImage> future = drawing.get(series);
        return future == null ? drawTrend(series) : await(future);
    }

    @Override
    public void close() {
        drawer.shutdownNow();
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
