import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the application icon and writes it in the three formats the installers need: {@code secretariat.png}
 * (Linux), {@code secretariat.ico} (Windows) and {@code secretariat.icns} (macOS). Run at build time as a
 * single-file program: {@code java -Djava.awt.headless=true DrawIcon.java OUTPUT_FOLDER}.
 *
 * <p>The design is vector: every size is drawn afresh rather than scaled down from a large bitmap, so small sizes
 * stay sharp. A GOV.UK-blue tile holds a stack of two papers, the front one with a heading and three lines of text,
 * and a yellow marker: the board pack the secretariat sends out.
 */
public final class DrawIcon {

    private static final Color BLUE = new Color(0x1d70b8);
    private static final Color DARK_BLUE = new Color(0x003078);
    private static final Color BLACK = new Color(0x0b0c0c);
    private static final Color GREY = new Color(0xb1b4b6);
    private static final Color PALE = new Color(0xdee0e2);
    private static final Color WHITE = Color.WHITE;
    private static final Color YELLOW = new Color(0xffdd00);

    private DrawIcon() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: java DrawIcon.java OUTPUT_FOLDER");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        ImageIO.write(draw(256), "png", folder.resolve("secretariat.png").toFile());
        Files.write(folder.resolve("secretariat.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));
        Files.write(folder.resolve("secretariat.icns"), icns());
    }

    /** The icon at {@code size} pixels square, drawn on a 100-unit grid. */
    static BufferedImage draw(int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 100.0, size / 100.0);

        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));

        // The paper behind, offset up and to the right, gives the stack its depth.
        g.setColor(PALE);
        g.fill(new RoundRectangle2D.Double(31, 16, 46, 60, 4, 4));

        g.setColor(WHITE);
        g.fill(new RoundRectangle2D.Double(22, 24, 46, 60, 4, 4));

        g.setColor(BLACK);
        g.fill(new RoundRectangle2D.Double(28, 40, 26, 6, 2, 2));
        g.setColor(GREY);
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double y : new double[] {55, 63, 71}) {
            g.draw(new Line2D.Double(29, y, y == 71 ? 48 : 61, y));
        }

        // The yellow marker: a bookmark ribbon over the paper's top edge.
        g.setColor(YELLOW);
        var ribbon = new Path2D.Double();
        ribbon.moveTo(56, 18);
        ribbon.lineTo(66, 18);
        ribbon.lineTo(66, 40);
        ribbon.lineTo(61, 35.5);
        ribbon.lineTo(56, 40);
        ribbon.closePath();
        g.fill(ribbon);
        g.setColor(DARK_BLUE);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(ribbon);
        g.dispose();
        return image;
    }

    static byte[] png(int size) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(draw(size), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Windows icon whose entries are PNG images (supported since Windows Vista). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        var images = sizes.stream().map(DrawIcon::png).toList();
        var header = ByteBuffer.allocate(6 + 16 * sizes.size()).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = header.capacity();
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        var out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** A macOS icon: each entry is a four-letter type, its length and a PNG image. */
    static byte[] icns() throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic07", 128);
        types.put("ic13", 256);
        types.put("ic08", 256);
        types.put("ic14", 512);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        var body = new ByteArrayOutputStream();
        var entries = new DataOutputStream(body);
        for (var type : types.entrySet()) {
            byte[] image = png(type.getValue());
            entries.writeBytes(type.getKey());
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        var out = new ByteArrayOutputStream();
        var file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        body.writeTo(file);
        return out.toByteArray();
    }
}
