package uk.dln.secretariat.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small papers as a department would send them, one as a PDF and one as a Word file, for the demonstration
 * workspace: the one-PDF pack then shows both kinds of paper.
 */
public final class SamplePapers {

    private SamplePapers() {
    }

    /** A PDF paper: a page per paragraph, each under the title, so the pack shows a paper of several pages. */
    public static byte[] pdf(String title, List<String> paragraphs) {
        try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < paragraphs.size(); i++) {
                var page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                new NoticePage(page).write(pdf, title, paragraphs.get(i));
            }
            pdf.getDocumentInformation().setTitle(title);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word paper: the title as a heading, then the paragraphs. */
    public static byte[] docx(String title, List<String> paragraphs) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var heading = document.createParagraph().createRun();
            heading.setBold(true);
            heading.setFontSize(16);
            heading.setFontFamily("Arial");
            heading.setText(title);
            for (String paragraph : paragraphs) {
                var run = document.createParagraph().createRun();
                run.setFontFamily("Arial");
                run.setText(paragraph);
            }
            document.getProperties().getCoreProperties().setTitle(title);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
