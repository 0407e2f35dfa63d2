package uk.dln.secretariat.reports.boardpack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.charts.TimelineImage;
import uk.dln.secretariat.reports.charts.TrendImage;

/** Charts drawn ahead on their own thread are the charts the pack would have drawn in place. */
class PackChartsTest {

    private final BundleTexts texts = new BundleTexts();

    @Test
    void chartsDrawnAheadAreTheSameAsChartsDrawnInPlace() {
        PackRequest request = PackFixtures.request();
        RoadmapPackData data = request.roadmaps().orElseThrow();
        try (var charts = PackCharts.startDrawing(request, texts)) {
            var roadmap = data.roadmaps().get(0);
            var series = data.indicators().get(0);

            assertArrayEquals(TimelineImage.draw(roadmap, data.period(), request.date(), texts).png(),
                    charts.timeline(roadmap).png());
            assertArrayEquals(TrendImage.draw(series, texts).png(), charts.trend(series).png());
            assertEquals(TrendImage.draw(series, texts).altText(), charts.trend(series).altText());
        }
    }

    @Test
    void aSectionLeftOutHasNoChartsDrawnForItYetOneAskedForIsStillDrawn() {
        PackRequest request = PackFixtures.request(EnumSet.of(PackSection.RISKS), milestones -> { });
        var series = PackFixtures.request().roadmaps().orElseThrow().indicators().get(0);
        try (var charts = PackCharts.startDrawing(request, texts)) {
            assertFalse(charts.isDrawingAhead());
            assertArrayEquals(TrendImage.draw(series, texts).png(), charts.trend(series).png());
        }
    }

    @Test
    void aChartNotYetBegunIsDrawnByTheThreadThatNeedsItRatherThanWaitedFor() throws Exception {
        PackRequest request = PackFixtures.request();
        RoadmapPackData data = request.roadmaps().orElseThrow();
        var series = data.indicators().get(0);
        // The chart thread is kept busy, so no chart drawn ahead begins until the test lets it go.
        var busy = new CountDownLatch(1);
        var drawer = Executors.newSingleThreadExecutor();
        drawer.submit(() -> {
            busy.await();
            return null;
        });
        try (var charts = PackCharts.startDrawing(request, texts, drawer)) {
            var chart = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> charts.trend(series));

            assertArrayEquals(TrendImage.draw(series, texts).png(), chart.png());
        } finally {
            busy.countDown();
        }
    }
}
