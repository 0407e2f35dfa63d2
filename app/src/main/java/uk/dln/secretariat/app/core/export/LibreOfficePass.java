package uk.dln.secretariat.app.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.pdf.LibreOffice;
import uk.dln.secretariat.reports.pdf.PackPaper;
import uk.dln.secretariat.reports.pdf.PdfBoardPack;
import uk.dln.secretariat.reports.word.ContentsNumbers;

/**
 * What an export does when LibreOffice is there: lays the pack out, stores the rendered page numbers in its contents
 * (decision 0022), and from the same rendering makes the one PDF when asked. LibreOffice's own files live in a
 * temporary folder, deleted on close; what goes to the export folder is written beside its target first, like every
 * file of the export.
 */
final class LibreOfficePass implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LibreOfficePass.class);

    private final PdfBoardPack pdfPack;
    private final LibreOffice office;
    private final Path work;
    private PdfBoardPack.RenderedPack rendered;

    LibreOfficePass(Texts texts, LibreOffice office) throws IOException {
        this.pdfPack = new PdfBoardPack(texts, office);
        this.office = office;
        this.work = Files.createTempDirectory("secretariat-pack-");
    }

    /**
     * The pack again, its contents now carrying the pages LibreOffice laid the headings out on. For the numbers alone
     * a failure costs only the numbers (the pack is kept as written, storing none); when the PDF needs the
     * rendering, the failure is the export's.
     *
     * @param packTemp the pack as written; deleted once the numbered copy replaces it
     * @return the temporary file that now holds the pack
     */
    Path numberContents(Path pack, Path packTemp, boolean forPdf, Runnable stopIfCancelled) {
        try {
            rendered = pdfPack.render(packTemp, work, stopIfCancelled);
        } catch (SecretariatException | IOException e) {
            if (forPdf) {
                throw e instanceof SecretariatException known ? known
                        : new SecretariatException(e, "pack.pdf.error.libreOffice", office.command(),
                        String.valueOf(e.getMessage()));
            }
            LOG.warn("LibreOffice could not lay out the pack; its contents page stores no page numbers", e);
            return packTemp;
        }
        Path numbered = PackExporter.write(pack, out -> ContentsNumbers.store(packTemp, rendered.headingPages(), out));
        PackExporter.deleteQuietly(packTemp);
        return numbered;
    }

    /** The one PDF, written beside its target; only after {@link #numberContents} has rendered the pack. */
    Path pdf(Path target, List<PackPaper> papers, String marking, Runnable stopIfCancelled) {
        return PackExporter.write(target, out -> pdfPack.write(rendered, papers, marking, work, out, stopIfCancelled));
    }

    @Override
    public void close() {
        PackExporter.deleteTree(work);
    }
}
