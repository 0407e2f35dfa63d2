package uk.dln.secretariat.reports.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;

/**
 * An indicator's quarterly readings against its target line: the line runs from the baseline at the start of the
 * period to the target on the target date (dashed), the readings are joined dots, and the latest carries its value.
 */
public final class TrendImage {

    /** Two fit side by side across the text width at their printed size. */
    private static final int WIDTH = 236;
    private static final int HEIGHT = 170;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 30;
    private static final int BOTTOM = 34;

    private TrendImage() {
    }

    public static ChartImage draw(IndicatorSeries series, Texts texts) {
        var canvas = ChartImage.canvas(WIDTH, HEIGHT);
        Graphics2D g = canvas.g();
        var indicator = series.indicator();
        LocalDate start = series.periodStart();
        LocalDate end = Quarter.of(indicator.targetDate()).end();
        for (IndicatorReading reading : series.readings()) {
            end = reading.period().end().isAfter(end) ? reading.period().end() : end;
        }
        var values = new ArrayList<BigDecimal>(List.of(indicator.baseline(), indicator.target()));
        series.readings().forEach(r -> values.add(r.value()));
        double low = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double high = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double step = niceStep((high - low) / 4);
        // A little room above and below, so no point sits on the frame.
        var plot = new Plot(start, end, Math.floor((low - step / 5) / step) * step,
                Math.ceil((high + step / 5) / step) * step);

        g.setColor(ChartImage.colour(RagPalette.BLACK));
        g.setFont(ChartImage.font(Font.BOLD, 10));
        g.drawString(ChartImage.fit(g, indicator.name() + unitSuffix(indicator.unit()), WIDTH - 12), 6, 14);
        axes(g, plot, series, texts);

        g.setColor(ChartImage.colour(RagPalette.GREY));
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
        g.drawLine(plot.x(start), plot.y(indicator.baseline().doubleValue()), plot.x(indicator.targetDate()),
                plot.y(indicator.target().doubleValue()));
        g.drawLine(plot.x(indicator.targetDate()), plot.y(indicator.target().doubleValue()), plot.x(end),
                plot.y(indicator.target().doubleValue()));

        readings(g, plot, series, texts);
        return canvas.finish(altText(series, texts));
    }

    /** A round step for gridlines: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String unitSuffix(String unit) {
        return unit.isEmpty() ? "" : " (" + unit + ")";
    }

    private static void axes(Graphics2D g, Plot plot, IndicatorSeries series, Texts texts) {
        g.setFont(ChartImage.font(Font.PLAIN, 9));
        g.setStroke(new BasicStroke(0.8f));
        double step = niceStep((plot.high - plot.low) / 5);
        for (double value = Math.ceil(plot.low / step) * step; value <= plot.high + step / 1000; value += step) {
            int y = plot.y(value);
            g.setColor(ChartImage.colour(RagPalette.BORDER));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(ChartImage.colour(RagPalette.GREY));
            String label = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
            g.drawString(label, LEFT - 4 - g.getFontMetrics().stringWidth(label), y + 3);
        }
        for (LocalDate year = series.periodStart(); !year.isAfter(plot.end); year = year.plusYears(1)) {
            int x = plot.x(year);
            g.setColor(ChartImage.colour(RagPalette.BORDER));
            g.drawLine(x, TOP, x, HEIGHT - BOTTOM);
            g.setColor(ChartImage.colour(RagPalette.GREY));
            String label = Quarter.of(year).year().label();
            if (x + g.getFontMetrics().stringWidth(label) < WIDTH) {
                g.drawString(label, x + 2, HEIGHT - BOTTOM + 11);
            }
        }
        g.setFont(ChartImage.font(Font.PLAIN, 9));
        g.setColor(ChartImage.colour(RagPalette.GREY));
        g.drawString(ChartImage.fit(g, texts.get("pack.trend.legend"), WIDTH - 12), 6, HEIGHT - 6);
    }

    private static void readings(Graphics2D g, Plot plot, IndicatorSeries series, Texts texts) {
        var readings = series.readings();
        if (readings.isEmpty()) {
            g.setColor(ChartImage.colour(RagPalette.GREY));
            g.setFont(ChartImage.font(Font.ITALIC, 10));
            g.drawString(texts.get("roadmaps.track.none"), LEFT + 10, TOP + 20);
            return;
        }
        var line = new Path2D.Double();
        for (int i = 0; i < readings.size(); i++) {
            var reading = readings.get(i);
            double x = plot.x(reading.period().end());
            double y = plot.y(reading.value().doubleValue());
            if (i == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        g.setColor(ChartImage.colour(RagPalette.BLUE));
        g.setStroke(new BasicStroke(2f));
        g.draw(line);
        for (var reading : readings) {
            int x = plot.x(reading.period().end());
            int y = plot.y(reading.value().doubleValue());
            g.fillOval(x - 3, y - 3, 6, 6);
        }
        var latest = readings.get(readings.size() - 1);
        var swatch = RagPalette.of(series.track());
        String label = latest.value().stripTrailingZeros().toPlainString() + " \u2013 "
                + texts.get(series.track().messageKey());
        g.setFont(ChartImage.font(Font.BOLD, 9));
        int width = g.getFontMetrics().stringWidth(label) + 8;
        int x = labelLeft(plot.x(latest.period().end()), width);
        int y = plot.y(latest.value().doubleValue());
        int top = y - 22 < TOP - 8 ? y + 8 : y - 22;
        g.setColor(ChartImage.colour(swatch.fill()));
        g.fillRect(x, top, width, 14);
        g.setColor(ChartImage.colour(swatch.text()));
        g.drawString(label, x + 4, top + 10);
    }

    /**
     * Where the latest reading's label starts: centred on the reading, moved in to stay between the plot's edges, so
     * that it never covers the values on the axis.
     */
    static int labelLeft(int readingX, int labelWidth) {
        return Math.max(LEFT, Math.min(readingX - labelWidth / 2, WIDTH - RIGHT - labelWidth));
    }

    /** The plot's left edge, right of the values on its axis. */
    static int plotLeft() {
        return LEFT;
    }

    /** The plot's right edge. */
    static int plotRight() {
        return WIDTH - RIGHT;
    }

    private static String altText(IndicatorSeries series, Texts texts) {
        var indicator = series.indicator();
        String latest = series.latest()
                .map(r -> texts.get("pack.trend.alt.latest", r.value().stripTrailingZeros().toPlainString(),
                        r.period().label()))
                .orElse(texts.get("roadmaps.track.none"));
        return texts.get("pack.trend.alt", indicator.name(), indicator.unit(),
                indicator.baseline().stripTrailingZeros().toPlainString(), latest,
                indicator.target().stripTrailingZeros().toPlainString(), texts.date(indicator.targetDate()),
                texts.get(series.track().messageKey()));
    }

    /** Dates and values to positions. */
    private record Plot(LocalDate start, LocalDate end, double low, double high) {
        int x(LocalDate date) {
            double span = ChronoUnit.DAYS.between(start, end);
            return (int) Math.round(LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(start, date) / span);
        }

        int y(double value) {
            return (int) Math.round(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (value - low) / (high - low));
        }
    }
}
