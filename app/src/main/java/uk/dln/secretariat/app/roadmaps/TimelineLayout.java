package uk.dln.secretariat.app.roadmaps;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.model.time.Quarter;

/**
 * Where everything on the timeline goes: columns for financial years (and quarters when zoomed in), a row per
 * organisation followed by its milestones, each milestone's baseline and forecast, the lines between dependent
 * milestones, and today. Pure arithmetic on dates, so the chart's geometry is tested without drawing it.
 */
public final class TimelineLayout {

    /** How much time a screen's width shows. */
    public enum Zoom {
        YEARS(0.6), QUARTERS(2.2);

        private final double pixelsPerDay;

        Zoom(double pixelsPerDay) {
            this.pixelsPerDay = pixelsPerDay;
        }
    }

    public static final double LABEL_WIDTH = 300;
    public static final double ROW_HEIGHT = 30;
    public static final double HEADER_HEIGHT = 48;
    public static final double MARGIN = 120;

    /** A heading over a span of time. */
    public record Column(String label, double x, double width, boolean quarter) {
    }

    /** An organisation's heading row, or a milestone with the x of its baseline and forecast. */
    public record Row(String organisation, Milestone milestone, double y, double baselineX, double forecastX) {
        public boolean isHeading() {
            return milestone == null;
        }
    }

    /** A dependency, drawn from the forecast of what must come first to the forecast of what depends on it. */
    public record Link(double fromX, double fromY, double toX, double toY) {
    }

    private final LocalDate start;
    private final double pixelsPerDay;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final LocalDate end;
    private final double todayX;

    public TimelineLayout(SpendingReviewPeriod period, List<OrganisationRoadmap> roadmaps, Zoom zoom, LocalDate today) {
        this.pixelsPerDay = zoom.pixelsPerDay;
        List<LocalDate> dates = roadmaps.stream().flatMap(r -> r.milestones().stream())
                .flatMap(m -> Stream.of(m.baselineDate(), m.forecastDate())).toList();
        LocalDate earliest = dates.stream().min(LocalDate::compareTo).filter(d -> d.isBefore(period.start()))
                .orElse(period.start());
        LocalDate latest = dates.stream().max(LocalDate::compareTo).filter(d -> d.isAfter(period.end()))
                .orElse(period.end());
        this.start = FinancialYear.of(earliest).start();
        this.end = FinancialYear.of(latest).end();
        for (FinancialYear year = FinancialYear.of(start); !year.start().isAfter(end); year = year.next()) {
            columns.add(new Column(year.label(), x(year.start()), x(year.end().plusDays(1)) - x(year.start()), false));
            if (zoom == Zoom.QUARTERS) {
                for (Quarter quarter : year.quarters()) {
                    columns.add(new Column("Q" + quarter.number(), x(quarter.start()),
                            x(quarter.end().plusDays(1)) - x(quarter.start()), true));
                }
            }
        }
        placeRows(roadmaps);
        this.todayX = today.isBefore(start) || today.isAfter(end) ? -1 : x(today);
    }

    private void placeRows(List<OrganisationRoadmap> roadmaps) {
        double y = HEADER_HEIGHT;
        Map<Long, Row> byMilestone = new HashMap<>();
        for (OrganisationRoadmap roadmap : roadmaps) {
            rows.add(new Row(roadmap.organisationName(), null, y, 0, 0));
            y += ROW_HEIGHT;
            for (Milestone milestone : roadmap.milestones()) {
                var row = new Row(roadmap.organisationName(), milestone, y, x(milestone.baselineDate()),
                        x(milestone.forecastDate()));
                rows.add(row);
                byMilestone.put(milestone.id(), row);
                y += ROW_HEIGHT;
            }
        }
        for (Row row : byMilestone.values()) {
            for (long dependency : row.milestone().dependsOn()) {
                Row first = byMilestone.get(dependency);
                if (first != null) {
                    links.add(new Link(first.forecastX(), centre(first), row.forecastX(), centre(row)));
                }
            }
        }
    }

    /** The vertical middle of a row, where its markers sit. */
    public static double centre(Row row) {
        return row.y() + ROW_HEIGHT / 2;
    }

    /** The x of a date: the label column, then days since the first financial year began. */
    public double x(LocalDate date) {
        return LABEL_WIDTH + ChronoUnit.DAYS.between(start, date) * pixelsPerDay;
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    /** The x of today's line, or -1 when today is outside the chart. */
    public double todayX() {
        return todayX;
    }

    public double width() {
        return x(end.plusDays(1)) + MARGIN;
    }

    public double height() {
        return HEADER_HEIGHT + Math.max(1, rows.size()) * ROW_HEIGHT + 8;
    }
}
