package uk.dln.secretariat.app.roadmaps;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javax.imageio.ImageIO;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.roadmaps.TimelineLayout.Row;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;

/**
 * Draws a {@link TimelineLayout}: a hollow diamond at each baseline, a filled one at the forecast joined to it, and
 * beside it the confidence as a word on its colour; dependencies as dashed arrows; today as a blue line.
 */
public final class TimelineChart extends Canvas {

    private static final Color GRID = Color.web("#cecece");
    private static final Color SHADE = Color.web("#f4f8fb");
    private static final Color INK = Color.web(ConfidencePalette.BLACK);
    private static final Color SECONDARY = Color.web("#484949");
    private static final Color BLUE = Color.web("#1d70b8");
    private static final Font BODY = Font.font("System", 13);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 13);
    private static final Font SMALL_BOLD = Font.font("System", FontWeight.BOLD, 11);

    public void draw(TimelineLayout layout) {
        setWidth(layout.width());
        setHeight(layout.height());
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setTextBaseline(VPos.CENTER);
        drawColumns(g, layout);
        layout.rows().stream().filter(Row::isHeading).forEach(row -> drawRow(g, row));
        // Today goes behind the milestones so that it never hides a confidence word.
        drawToday(g, layout);
        layout.rows().stream().filter(row -> !row.isHeading()).forEach(row -> drawRow(g, row));
        drawLinks(g, layout);
    }

    private void drawColumns(GraphicsContext g, TimelineLayout layout) {
        g.setFont(BOLD);
        g.setFill(INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Messages.get("roadmaps.timeline.legend"), 8, TimelineLayout.HEADER_HEIGHT / 2);
        for (TimelineLayout.Column column : layout.columns()) {
            double top = column.quarter() ? TimelineLayout.HEADER_HEIGHT / 2 : 0;
            g.setStroke(column.quarter() ? GRID : SECONDARY);
            g.setLineWidth(1);
            g.strokeLine(column.x() + 0.5, top, column.x() + 0.5, getHeight());
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(column.quarter() ? BODY : BOLD);
            g.setFill(column.quarter() ? SECONDARY : INK);
            g.fillText(column.label(), column.x() + column.width() / 2, top + TimelineLayout.HEADER_HEIGHT / 4);
        }
        g.setStroke(SECONDARY);
        g.strokeLine(0, TimelineLayout.HEADER_HEIGHT - 0.5, getWidth(), TimelineLayout.HEADER_HEIGHT - 0.5);
    }

    private void drawRow(GraphicsContext g, Row row) {
        double middle = TimelineLayout.centre(row);
        g.setTextAlign(TextAlignment.LEFT);
        if (row.isHeading()) {
            g.setFill(SHADE);
            g.fillRect(0, row.y(), getWidth(), TimelineLayout.ROW_HEIGHT);
            g.setFill(INK);
            g.setFont(BOLD);
            g.fillText(row.organisation(), 8, middle, TimelineLayout.LABEL_WIDTH - 16);
            return;
        }
        var milestone = row.milestone();
        g.setFill(INK);
        g.setFont(BODY);
        g.fillText(milestone.title(), 20, middle, TimelineLayout.LABEL_WIDTH - 28);
        g.setStroke(SECONDARY);
        g.setLineWidth(2);
        g.strokeLine(row.baselineX(), middle, row.forecastX(), middle);
        diamond(g, row.baselineX(), middle, null);
        diamond(g, row.forecastX(), middle, milestone.confidence());
        badge(g, Math.max(row.baselineX(), row.forecastX()) + 10, middle, milestone.confidence());
    }

    private static void diamond(GraphicsContext g, double x, double y, DeliveryConfidence filled) {
        double r = 7;
        double[] xs = {x, x + r, x, x - r};
        double[] ys = {y - r, y, y + r, y};
        g.setFill(filled == null ? Color.WHITE : Color.web(ConfidencePalette.fill(filled)));
        g.fillPolygon(xs, ys, 4);
        g.setStroke(INK);
        g.setLineWidth(1.5);
        g.strokePolygon(xs, ys, 4);
    }

    /** The word on its colour; the five-point in-between values get a band of their second colour. */
    private static void badge(GraphicsContext g, double x, double y, DeliveryConfidence confidence) {
        String word = Messages.get(confidence.messageKey());
        g.setFont(SMALL_BOLD);
        double width = word.length() * 7.5 + 12;
        g.setFill(Color.web(ConfidencePalette.fill(confidence)));
        g.fillRect(x, y - 9, width, 18);
        g.setFill(Color.web(ConfidencePalette.band(confidence)));
        g.fillRect(x, y - 9, 4, 18);
        g.setFill(Color.web(ConfidencePalette.text(confidence)));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(word, x + 7, y);
    }

    private static void drawLinks(GraphicsContext g, TimelineLayout layout) {
        g.setStroke(SECONDARY);
        g.setLineWidth(1.2);
        g.setLineDashes(4, 3);
        for (TimelineLayout.Link link : layout.links()) {
            double elbow = link.fromX() + 12;
            g.strokePolyline(new double[] {link.fromX() + 7, elbow, elbow, link.toX() - 9},
                    new double[] {link.fromY(), link.fromY(), link.toY(), link.toY()}, 4);
            g.setFill(SECONDARY);
            g.fillPolygon(new double[] {link.toX() - 8, link.toX() - 15, link.toX() - 15},
                    new double[] {link.toY(), link.toY() - 4, link.toY() + 4}, 3);
        }
        g.setLineDashes();
    }

    private void drawToday(GraphicsContext g, TimelineLayout layout) {
        if (layout.todayX() < 0) {
            return;
        }
        g.setStroke(BLUE);
        g.setLineWidth(2);
        g.strokeLine(layout.todayX(), TimelineLayout.HEADER_HEIGHT, layout.todayX(), getHeight());
        g.setFill(BLUE);
        g.setFont(SMALL_BOLD);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Messages.get("roadmaps.timeline.today"), layout.todayX() + 4, TimelineLayout.HEADER_HEIGHT + 8);
    }

    /** The chart as drawn; taken on the FX thread, then written with {@link #writePng} off it. */
    public WritableImage image() {
        return snapshot(null, null);
    }

    /** Writes an image taken with {@link #image()} as a PNG file for the board pack. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
