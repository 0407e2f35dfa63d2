package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.roadmaps.TimelineLayout.Zoom;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;

/** A network's timeline is far taller than any view: the canvas covers the view, a saved picture the whole. */
@UiTest
class TimelineChartTest {

    private static final SpendingReviewPeriod SR2025 =
            new SpendingReviewPeriod(1, "SR2025", new FinancialYear(2026), new FinancialYear(2028));

    /** 400 milestones: 401 rows of 30 px, over 12,000 px, beyond many graphics cards' largest texture. */
    private static final TimelineLayout TALL = new TimelineLayout(SR2025, List.of(new OrganisationRoadmap("HMRC",
            new Roadmap(1, 1, 1, "s", "", "", null), LongStream.rangeClosed(1, 400).mapToObj(id -> new Milestone(id,
                    1, "M" + id, "", "", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 1), null,
                    MilestoneStatus.IN_PROGRESS, DeliveryConfidence.GREEN, Set.of())).toList(), List.of())),
            Zoom.YEARS, LocalDate.of(2026, 11, 22));

    @Start
    void start(Stage stage) {
        // Nothing to show: the chart is tried on its own.
    }

    @Test
    void theCanvasCoversOnlyThePartInView() throws Exception {
        var chart = new TimelineChart();
        WaitForAsyncUtils.asyncFx(() -> {
            chart.setTimeline(TALL);
            chart.show(0, 6000, 800, 500);
        }).get();

        assertEquals(800, chart.getWidth());
        assertEquals(500, chart.getHeight());
    }

    @Test
    void theSavedPictureIsTheWholeTimelineWithItsHeadingsAtTheTop() throws Exception {
        var chart = new TimelineChart();
        var image = WaitForAsyncUtils.asyncFx(() -> {
            chart.setTimeline(TALL);
            chart.show(0, 6000, 800, 500);
            return chart.image();
        }).get();

        assertEquals(Math.ceil(TALL.width()), image.getWidth());
        assertEquals(Math.ceil(TALL.height()), image.getHeight());
        // The heading line under the years is drawn once, at the top, and rows far down are drawn too.
        int headingLine = (int) TimelineLayout.HEADER_HEIGHT - 1;
        assertNotEquals(Color.WHITE, image.getPixelReader().getColor(10, headingLine));
        var lastRow = TALL.rows().get(TALL.rows().size() - 1);
        assertNotEquals(Color.WHITE, image.getPixelReader().getColor((int) lastRow.forecastX(),
                (int) TimelineLayout.centre(lastRow)));
    }

    @Test
    void theLegendKeepsToTheTitlesColumnInEitherLanguage() {
        assertLegendFits();
        Messages.useLocale(Locale.forLanguageTag("cy-GB"));
        try {
            assertLegendFits();
        } finally {
            Messages.useLocale(Locale.UK);
        }
    }

    private static void assertLegendFits() {
        var lines = TimelineChart.legendLines(Messages.get("roadmaps.timeline.legend"));
        for (String line : lines) {
            var text = new Text(line);
            text.setFont(Font.font("System", FontWeight.BOLD, 13));
            assertTrue(text.getLayoutBounds().getWidth() <= TimelineLayout.LABEL_WIDTH - 16,
                    line + " is wider than the titles' column");
        }
    }
}
