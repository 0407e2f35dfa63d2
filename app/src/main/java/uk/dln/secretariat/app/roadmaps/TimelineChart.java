package uk.dln.secretariat.app.roadmaps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javax.imageio.ImageIO;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.roadmaps.TimelineLayout.Row;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;

/**
 * Draws a {@link TimelineLayout}: a hollow diamond at each baseline, a filled one at the forecast joined to it, and
 * beside it the confidence as a word on its colour; dependencies as dashed arrows; today as a blue line. The canvas
 * is only as large as the part of the timeline in view ({@link #show}): a network's timeline runs to thousands of rows,
 * far taller than a graphics card's largest texture, and drawing what nobody sees would hold up the FX thread. The
 * year headings stay at the top of the view as it scrolls.
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
    /** Rows of the saved picture drawn at a time, well within any graphics card's texture size. */
    private static final int STRIP_HEIGHT = 2048;

    /** Null until the first timeline is set. */
    private TimelineLayout layout;

    /** The timeline to draw; nothing is drawn until {@link #show} says which part. */
    public void setTimeline(TimelineLayout layout) {
        this.layout = layout;
    }

    /** Shows the part of the timeline at {@code (left, top)} that fits the given size, which the canvas takes. */
    public void show(double left, double top, double width, double height) {
        if (layout == null) {
            return;
        }
        setWidth(Math.max(0, Math.min(width, layout.width() - left)));
        setHeight(Math.max(0, Math.min(height, layout.height() - top)));
        paint(getGraphicsContext2D(), layout, left, top, getWidth(), getHeight(), true);
    }

    /**
     * Paints the window of the layout at (left, top), width by height, onto {@code g} from its top left corner.
     *
     * @param stickyHeadings the year headings at the top of the window, rather than at the top of the layout
     */
    private static void paint(GraphicsContext g, TimelineLayout layout, double left, double top, double width,
                              double height, boolean stickyHeadings) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.save();
        g.translate(-left, -top);
        g.setTextBaseline(VPos.CENTER);
        double bottom = top + height;
        List<Row> visible = layout.rows().stream()
                .filter(row -> row.y() + TimelineLayout.ROW_HEIGHT >= top && row.y() <= bottom).toList();
        drawGrid(g, layout, top, bottom);
        visible.stream().filter(Row::isHeading).forEach(row -> drawRow(g, layout, row));
        // Today goes behind the milestones so that it never hides a confidence word.
        drawToday(g, layout, bottom);
        visible.stream().filter(row -> !row.isHeading()).forEach(row -> drawRow(g, layout, row));
        drawLinks(g, layout, top, bottom);
        drawHeadings(g, layout, stickyHeadings ? top : 0);
        g.restore();
    }

    private static void drawGrid(GraphicsContext g, TimelineLayout layout, double top, double bottom) {
        g.setLineWidth(1);
        for (TimelineLayout.Column column : layout.columns()) {
            g.setStroke(column.quarter() ? GRID : SECONDARY);
            g.strokeLine(column.x() + 0.5, Math.max(top, TimelineLayout.HEADER_HEIGHT), column.x() + 0.5, bottom);
        }
    }

    /** The legend and the year (and quarter) headings, on white, from {@code y} down. */
    private static void drawHeadings(GraphicsContext g, TimelineLayout layout, double y) {
        g.setFill(Color.WHITE);
        g.fillRect(0, y, layout.width(), TimelineLayout.HEADER_HEIGHT);
        g.setFont(BOLD);
        g.setFill(INK);
        g.setTextAlign(TextAlignment.LEFT);
        var legend = legendLines(Messages.get("roadmaps.timeline.legend"));
        for (int line = 0; line < legend.size(); line++) {
            double step = TimelineLayout.HEADER_HEIGHT / (2 * legend.size());
            g.fillText(legend.get(line), 8, y + step * (2 * line + 1));
        }
        for (TimelineLayout.Column column : layout.columns()) {
            double top = y + (column.quarter() ? TimelineLayout.HEADER_HEIGHT / 2 : 0);
            g.setStroke(column.quarter() ? GRID : SECONDARY);
            g.setLineWidth(1);
            g.strokeLine(column.x() + 0.5, top, column.x() + 0.5, y + TimelineLayout.HEADER_HEIGHT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(column.quarter() ? BODY : BOLD);
            g.setFill(column.quarter() ? SECONDARY : INK);
            g.fillText(column.label(), column.x() + column.width() / 2, top + TimelineLayout.HEADER_HEIGHT / 4);
        }
        g.setStroke(SECONDARY);
        g.strokeLine(0, y + TimelineLayout.HEADER_HEIGHT - 0.5, layout.width(), y + TimelineLayout.HEADER_HEIGHT - 0.5);
    }

    /**
     * The legend on one line where it fits beside the milestones' titles, otherwise each key on a line of its own:
     * the Welsh legend ("rhagolwg, gyda hyder") is wider than the titles' column and ran into the first year.
     */
    static List<String> legendLines(String legend) {
        var measured = new Text(legend);
        measured.setFont(BOLD);
        if (measured.getLayoutBounds().getWidth() <= TimelineLayout.LABEL_WIDTH - 16) {
            return List.of(legend);
        }
        return List.of(legend.split("\\s{2,}"));
    }

    private static void drawRow(GraphicsContext g, TimelineLayout layout, Row row) {
        double middle = TimelineLayout.centre(row);
        g.setTextAlign(TextAlignment.LEFT);
        if (row.isHeading()) {
            g.setFill(SHADE);
            g.fillRect(0, row.y(), layout.width(), TimelineLayout.ROW_HEIGHT);
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

    private static void drawLinks(GraphicsContext g, TimelineLayout layout, double top, double bottom) {
        g.setStroke(SECONDARY);
        g.setLineWidth(1.2);
        g.setLineDashes(4, 3);
        for (TimelineLayout.Link link : layout.links()) {
            if (Math.max(link.fromY(), link.toY()) < top || Math.min(link.fromY(), link.toY()) > bottom) {
                continue;
            }
            double elbow = link.fromX() + 12;
            g.strokePolyline(new double[] {link.fromX() + 7, elbow, elbow, link.toX() - 9},
                    new double[] {link.fromY(), link.fromY(), link.toY(), link.toY()}, 4);
            g.setFill(SECONDARY);
            g.fillPolygon(new double[] {link.toX() - 8, link.toX() - 15, link.toX() - 15},
                    new double[] {link.toY(), link.toY() - 4, link.toY() + 4}, 3);
        }
        g.setLineDashes();
    }

    private static void drawToday(GraphicsContext g, TimelineLayout layout, double bottom) {
        if (layout.todayX() < 0) {
            return;
        }
        g.setStroke(BLUE);
        g.setLineWidth(2);
        g.strokeLine(layout.todayX(), TimelineLayout.HEADER_HEIGHT, layout.todayX(), bottom);
        g.setFill(BLUE);
        g.setFont(SMALL_BOLD);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Messages.get("roadmaps.timeline.today"), layout.todayX() + 4, TimelineLayout.HEADER_HEIGHT + 8);
    }

    /**
     * The whole chart, not only the part in view, as a picture; made on the FX thread (in strips, each within a
     * graphics card's texture size), then written with {@link #writePng} off it.
     */
    public WritableImage image() {
        if (layout == null) {
            return new WritableImage(1, 1);
        }
        int width = (int) Math.ceil(layout.width());
        int height = (int) Math.ceil(layout.height());
        var image = new WritableImage(Math.max(1, width), Math.max(1, height));
        var strip = new Canvas(width, Math.min(STRIP_HEIGHT, height));
        for (int y = 0; y < height; y += STRIP_HEIGHT) {
            int rows = Math.min(STRIP_HEIGHT, height - y);
            paint(strip.getGraphicsContext2D(), layout, 0, y, width, rows, false);
            var area = new SnapshotParameters();
            area.setViewport(new Rectangle2D(0, 0, width, rows));
            image.getPixelWriter().setPixels(0, y, width, rows, strip.snapshot(area, null).getPixelReader(), 0, 0);
        }
        return image;
    }

    /** Writes an image taken with {@link #image()} as a PNG file for the board pack. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
