package uk.dln.secretariat.reports.accessibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Whether an attached paper can be read with a screen reader, judged from its bytes: a PDF without tags, a PDF that
 * is scanned images with no text, or a Word paper whose pictures lack alternative text. The secretariat is told when
 * the paper is attached, and the pack marks it, so an accessible version can be asked for before the pack goes out.
 * Other kinds of file (spreadsheets, slides) are not judged.
 */
public final class PaperAccessibility {

    /** Pages read for text: enough to tell a scan from a document without reading a long paper through. */
    private static final int PAGES_READ = 20;

    public enum Problem {
        /** A PDF with no structure: no headings, reading order or table headers for a screen reader. */
        UNTAGGED_PDF,
        /** A PDF of page images with no text at all: a screen reader finds nothing to read. */
        SCANNED_PDF,
        /** A Word paper with pictures that have no alternative text; the count says how many. */
        PICTURES_WITHOUT_ALT_TEXT
    }

    /** @param count how many pictures lack alternative text; 1 for the other problems */
    public record Finding(Problem problem, int count) {
    }

    private PaperAccessibility() {
    }

    /** The paper's problem, if it has one; a file that cannot be read is left to the export to report. */
    public static Optional<Finding> check(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".pdf")) {
                return pdf(content);
            }
            if (name.endsWith(".docx")) {
                long pictures = WordRules.check(new ByteArrayInputStream(content)).stream()
                        .filter(f -> f.rule() == WordRules.Rule.PICTURE_WITHOUT_ALT_TEXT).count();
                return pictures == 0 ? Optional.empty()
                        : Optional.of(new Finding(Problem.PICTURES_WITHOUT_ALT_TEXT, (int) pictures));
            }
        } catch (IOException | RuntimeException e) {
            // Damaged or protected: the PDF pack says so with a page of its own; nothing to judge here.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Finding> pdf(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(PAGES_READ, pdf.getNumberOfPages()));
            if (stripper.getText(pdf).isBlank() && hasImages(pdf)) {
                return Optional.of(new Finding(Problem.SCANNED_PDF, 1));
            }
            var catalog = pdf.getDocumentCatalog();
            boolean marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            if (catalog.getStructureTreeRoot() == null || !marked) {
                return Optional.of(new Finding(Problem.UNTAGGED_PDF, 1));
            }
            return Optional.empty();
        }
    }

    private static boolean hasImages(PDDocument pdf) throws IOException {
        int read = 0;
        for (PDPage page : pdf.getPages()) {
            if (read++ >= PAGES_READ) {
                break;
            }
            var resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
