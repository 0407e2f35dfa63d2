package uk.dln.secretariat.reports.boardpack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.charts.ChartImage;
import uk.dln.secretariat.reports.word.WordDocument;

/**
 * The printed size of the charts' text, read from each picture in the written pack: its pixel width, and the width
 * Word and LibreOffice are told to print it at. Charts are drawn at a known number of pixels per point with text no
 * smaller than {@link ChartImage#SMALLEST_TEXT}, so text prints at that size times the placement's scale.
 */
class ChartTextSizeTest {

    private static final double EMU_PER_POINT = 12_700;

    @Test
    void everyChartsTextPrintsAtNinePointsOrMoreAndEveryChartFitsTheTextWidth() throws IOException {
        XWPFDocument pack = BoardPackWriterTest.read(BoardPackWriterTest.write(PackFixtures.request(),
                ExportSteps.NONE));
        var pictures = pack.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
        assertFalse(pictures.isEmpty());
        for (XWPFPicture picture : pictures) {
            var image = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
            double printedPoints = picture.getCTPicture().getSpPr().getXfrm().getExt().getCx() / EMU_PER_POINT;
            double pointsPerPixel = printedPoints / image.getWidth();
            double smallestText = ChartImage.SMALLEST_TEXT * ChartImage.pixelsPerPoint() * pointsPerPixel;
            assertTrue(smallestText >= 9 - 1e-6, picture.getDescription() + ": text prints at " + smallestText + " pt");
            assertTrue(printedPoints <= WordDocument.TEXT_WIDTH / 20.0, picture.getDescription() + " is wider than the page");
        }
    }
}
