package uk.dln.secretariat.reports.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.accessibility.PaperAccessibility.Finding;
import uk.dln.secretariat.reports.accessibility.PaperAccessibility.Problem;
import uk.dln.secretariat.reports.pdf.SamplePapers;

class PaperAccessibilityTest {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void aPdfWithoutTagsIsFound() {
        byte[] untagged = SamplePapers.pdf("Cloud hosting", List.of("The plan."));
        assertEquals(Optional.of(new Finding(Problem.UNTAGGED_PDF, 1)), PaperAccessibility.check("plan.pdf", untagged));
    }

    @Test
    void aScannedPdfOfPageImagesIsFound() throws IOException {
        try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            pdf.addPage(page);
            var image = LosslessFactory.createFromImage(pdf, new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB));
            try (var stream = new PDPageContentStream(pdf, page)) {
                stream.drawImage(image, 0, 0, 612, 792);
            }
            pdf.save(out);
            assertEquals(Optional.of(new Finding(Problem.SCANNED_PDF, 1)),
                    PaperAccessibility.check("SCAN.PDF", out.toByteArray()));
        }
    }

    @Test
    void aTaggedPdfIsAccessible() throws IOException {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(SamplePapers.pdf("Tagged", List.of("Text.")));
             var out = new ByteArrayOutputStream()) {
            pdf.getDocumentCatalog().setStructureTreeRoot(new PDStructureTreeRoot());
            var mark = new PDMarkInfo();
            mark.setMarked(true);
            pdf.getDocumentCatalog().setMarkInfo(mark);
            pdf.save(out);
            assertEquals(Optional.empty(), PaperAccessibility.check("tagged.pdf", out.toByteArray()));
        }
    }

    @Test
    void aWordPaperWithFourPicturesWithoutAlternativeTextIsFoundWithTheirCount() throws Exception {
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 5; i++) {
                var run = docx.createParagraph().createRun();
                run.addPicture(new ByteArrayInputStream(PNG), Document.PICTURE_TYPE_PNG, "p.png", 10000, 10000);
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(i == 0 ? "A map" : "");
            }
            docx.write(out);
            assertEquals(Optional.of(new Finding(Problem.PICTURES_WITHOUT_ALT_TEXT, 4)),
                    PaperAccessibility.check("DLN(26)11-03 Cloud.docx", out.toByteArray()));
        }
    }

    @Test
    void aWordPaperWithoutPicturesAndOtherKindsOfFileAreNotJudged() {
        assertEquals(Optional.empty(), PaperAccessibility.check("paper.docx",
                SamplePapers.docx("Paper", List.of("Words only."))));
        assertEquals(Optional.empty(), PaperAccessibility.check("costs.xlsx", new byte[] {1, 2, 3}));
        assertEquals(Optional.empty(), PaperAccessibility.check("broken.pdf", "not a PDF".getBytes()));
    }
}
