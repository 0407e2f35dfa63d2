package uk.dln.secretariat.reports.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;

/**
 * One organisation's milestones across its Spending Review period, as the Roadmaps section draws them: a hollow
 * diamond at the baseline joined to a filled one at the forecast (or actual), the confidence as a word on its
 * colour, and today as a blue line.
 */
public final class TimelineImage {

    /** The text width of the pack's page, in points: the timeline prints at the size it is drawn. */
    private static final int WIDTH = 480;
    private static final int LABEL = 170;
    private static final int HEADER = 26;
    private static final int ROW = 24;
    private static final int RIGHT = 74;
    /** More rows than this would not fit a page; the trackers list every milestone. */
    static final int MAX_ROWS = 30;

    private TimelineImage() {
    }

    public static ChartImage draw(OrganisationRoadmap roadmap, SpendingReviewPeriod period, LocalDate today,
                                  Texts texts) {
        List<Milestone> all = roadmap.milestones().stream()
                .filter(m -> m.status() != MilestoneStatus.CANCELLED)
                .sorted(Comparator.comparing(Milestone::baselineDate).thenComparing(Milestone::title))
                .toList();
        List<Milestone> milestones = all.subList(0, Math.min(all.size(), MAX_ROWS));
        int more = all.size() - milestones.size();
        int height = HEADER + (Math.max(1, milestones.size()) + (more > 0 ? 1 : 0)) * ROW + 8;
        var canvas = ChartImage.canvas(WIDTH, height);
        Graphics2D g = canvas.g();
        var scale = new Scale(period.start(), period.end().plusDays(1), LABEL, WIDTH - RIGHT);
        years(g, period, scale, height);
        if (!today.isBefore(period.start()) && !today.isAfter(period.end())) {
            g.setColor(ChartImage.colour(RagPalette.BLUE));
            g.setStroke(new BasicStroke(1.5f));
            int x = scale.x(today);
            g.drawLine(x, HEADER, x, height);
            g.setFont(ChartImage.font(Font.BOLD, 9));
            g.drawString(texts.get("roadmaps.timeline.today"), x + 3, height - 4);
        }
        for (int i = 0; i < milestones.size(); i++) {
            row(g, milestones.get(i), HEADER + i * ROW + ROW / 2, scale, texts);
        }
        if (more > 0) {
            g.setColor(ChartImage.colour(RagPalette.GREY));
            g.setFont(ChartImage.font(Font.ITALIC, 10));
            g.drawString(texts.get("pack.timeline.more", more), 6, HEADER + milestones.size() * ROW + ROW / 2 + 4);
        }
        if (milestones.isEmpty()) {
            g.setColor(ChartImage.colour(RagPalette.GREY));
            g.setFont(ChartImage.font(Font.PLAIN, 11));
            g.drawString(texts.get("pack.roadmaps.noMilestones"), 8, HEADER + ROW / 2 + 4);
        }
        String alt = altText(roadmap, milestones, period, texts);
        return canvas.finish(more > 0 ? alt + " " + texts.get("pack.timeline.more", more) : alt);
    }

    private static void years(Graphics2D g, SpendingReviewPeriod period, Scale scale, int height) {
        g.setFont(ChartImage.font(Font.BOLD, 10));
        for (FinancialYear year : period.years()) {
            int from = scale.x(year.start());
            int to = scale.x(year.end().plusDays(1));
            g.setColor(ChartImage.colour(RagPalette.BORDER));
            g.setStroke(new BasicStroke(1f));
            g.drawLine(from, 0, from, height);
            g.setColor(ChartImage.colour(RagPalette.BLACK));
            String label = year.label();
            g.drawString(label, (from + to - g.getFontMetrics().stringWidth(label)) / 2, 16);
        }
        g.setColor(ChartImage.colour(RagPalette.GREY));
        g.drawLine(0, HEADER - 1, WIDTH, HEADER - 1);
    }

    private static void row(Graphics2D g, Milestone milestone, int y, Scale scale, Texts texts) {
        g.setColor(ChartImage.colour(RagPalette.BLACK));
        g.setFont(ChartImage.font(Font.PLAIN, 10));
        g.drawString(ChartImage.fit(g, milestone.title(), LABEL - 14), 6, y + 4);
        LocalDate expected = milestone.actualDate() != null ? milestone.actualDate() : milestone.forecastDate();
        int baseline = scale.x(milestone.baselineDate());
        int forecast = scale.x(expected);
        g.setColor(ChartImage.colour(RagPalette.GREY));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(baseline, y, forecast, y);
        diamond(g, baseline, y, null);
        var swatch = milestone.status() == MilestoneStatus.COMPLETE ? new RagPalette.Swatch(RagPalette.BLUE,
                RagPalette.WHITE) : RagPalette.of(milestone.confidence());
        diamond(g, forecast, y, swatch);
        String word = milestone.status() == MilestoneStatus.COMPLETE ? texts.get("roadmaps.status.complete")
                : texts.get(milestone.confidence().messageKey());
        badge(g, Math.max(baseline, forecast) + 10, y, word, swatch);
    }

    private static void diamond(Graphics2D g, int x, int y, RagPalette.Swatch fill) {
        int r = 6;
        var shape = new Polygon(new int[] {x, x + r, x, x - r}, new int[] {y - r, y, y + r, y}, 4);
        g.setColor(fill == null ? ChartImage.colour(RagPalette.WHITE) : ChartImage.colour(fill.fill()));
        g.fillPolygon(shape);
        g.setColor(ChartImage.colour(RagPalette.BLACK));
        g.setStroke(new BasicStroke(1.2f));
        g.drawPolygon(shape);
    }

    private static void badge(Graphics2D g, int x, int y, String word, RagPalette.Swatch swatch) {
        g.setFont(ChartImage.font(Font.BOLD, 9));
        int width = g.getFontMetrics().stringWidth(word) + 10;
        g.setColor(ChartImage.colour(swatch.fill()));
        g.fillRect(x, y - 8, width, 16);
        g.setColor(ChartImage.colour(swatch.text()));
        g.drawString(word, x + 5, y + 4);
    }

    private static String altText(OrganisationRoadmap roadmap, List<Milestone> milestones,
                                  SpendingReviewPeriod period, Texts texts) {
        var sentence = new StringBuilder(texts.get("pack.timeline.alt", roadmap.organisationName(),
                milestones.size(), period.label()));
        for (Milestone m : milestones) {
            LocalDate expected = m.actualDate() != null ? m.actualDate() : m.forecastDate();
            String state = m.status() == MilestoneStatus.COMPLETE ? texts.get("roadmaps.status.complete")
                    : texts.get(m.confidence().messageKey());
            sentence.append(' ').append(texts.get("pack.timeline.alt.milestone", m.title(),
                    texts.date(m.baselineDate()), texts.date(expected), state));
        }
        return sentence.toString();
    }

    /** Dates to x positions. */
    private record Scale(LocalDate start, LocalDate end, int left, int right) {
        int x(LocalDate date) {
            double days = ChronoUnit.DAYS.between(start, end);
            double at = ChronoUnit.DAYS.between(start, date);
            double clamped = Math.max(0, Math.min(days, at));
            return (int) Math.round(left + (right - left) * clamped / days);
        }
    }
}
