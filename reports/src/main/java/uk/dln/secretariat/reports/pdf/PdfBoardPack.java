package uk.dln.secretariat.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import uk.dln.secretariat.reports.XmlText;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.accessibility.PaperAccessibility;
import uk.dln.secretariat.reports.word.FooterPageNumbers;

/**
 * The one-PDF board pack, as board portals deliver it: the Word pack rendered by LibreOffice, then every paper in
 * agenda order (PDFs as they are, office files converted by LibreOffice). Bookmarks follow the pack's sections and
 * items, then each item and its files; every page is numbered across the whole PDF, and the papers' pages carry the
 * pack's marking at the top and bottom. A file that cannot be put in (damaged, protected, of a kind LibreOffice does
 * not read) gets a page saying so, since it is in the export folder all the same.
 */
public final class PdfBoardPack {

    /**
     * The Word pack as LibreOffice laid it out.
     *
     * @param pdf          its pages, the footer's page line left empty for the stamp
     * @param headingPages the page of each heading's bookmark, for the contents' stored numbers
     */
    public record RenderedPack(Path pdf, int pages, Map<String, Integer> headingPages) {
    }

    private final Texts texts;
    private final LibreOffice office;

    public PdfBoardPack(Texts texts, LibreOffice office) {
        this.texts = texts;
        this.office = office;
    }

    /**
     * Renders the Word pack with LibreOffice into {@code work}. The page line of its footer is emptied first (the
     * layout is unchanged), so the PDF's numbering can run on through the papers.
     *
     * @param stopIfCancelled called while LibreOffice works; throws to stop it
     */
    public RenderedPack render(Path packDocx, Path work, Runnable stopIfCancelled) throws IOException {
        Path folder = Files.createDirectories(work.resolve("pack"));
        Path forPdf = folder.resolve("pack-for-pdf.docx");
        try (OutputStream out = Files.newOutputStream(forPdf)) {
            FooterPageNumbers.withoutNumbers(packDocx, out);
        }
        Path pdf = office.toPdf(List.of(forPdf), folder.resolve("pdf"), LibreOffice.WRITER_TAGGED,
                stopIfCancelled).get(0).orElseThrow(() -> new SecretariatException("pack.pdf.error.pack",
                        office.command()));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new RenderedPack(pdf, document.getNumberOfPages(), HeadingPages.read(document));
        }
    }

    /**
     * Writes the one PDF: the rendered pack, then the papers.
     *
     * @param marking the pack's marking, stamped on every page of every paper
     * @return the number of pages written
     */
    public int write(RenderedPack pack, List<PackPaper> papers, String marking, Path work, OutputStream out,
                     Runnable stopIfCancelled) throws IOException {
        Map<PackPaper.Document, Path> pdfs = asPdf(papers, Files.createDirectories(work.resolve("papers")),
                stopIfCancelled);
        var opened = new ArrayList<PDDocument>();
        try (PDDocument pdf = Loader.loadPDF(pack.pdf().toFile())) {
            var merger = new PDFMergerUtility();
            var firstPages = new HashMap<PackPaper.Document, Integer>();
            for (PackPaper paper : papers) {
                for (PackPaper.Document document : paper.documents()) {
                    stopIfCancelled.run();
                    firstPages.put(document, pdf.getNumberOfPages());
                    Optional<PDDocument> source = open(pdfs.get(document));
                    if (source.isPresent()) {
                        opened.add(source.get());
                        merger.appendDocument(pdf, source.get());
                    } else {
                        notIncluded(pdf, document);
                    }
                }
            }
            bookmarks(pdf, papers, firstPages);
            stamp(pdf, pack.pages(), marking.toUpperCase(Locale.ROOT));
            pdf.getDocumentInformation().setCreator(texts.get("pack.document.creator"));
            pdf.save(out);
            return pdf.getNumberOfPages();
        } finally {
            for (PDDocument document : opened) {
                document.close();
            }
        }
    }

    /** PDFs as they are; everything else through LibreOffice in one run, under names that cannot clash. */
    private Map<PackPaper.Document, Path> asPdf(List<PackPaper> papers, Path folder, Runnable stopIfCancelled)
            throws IOException {
        var pdfs = new HashMap<PackPaper.Document, Path>();
        var toConvert = new ArrayList<PackPaper.Document>();
        var copies = new ArrayList<Path>();
        for (PackPaper paper : papers) {
            for (PackPaper.Document document : paper.documents()) {
                if (document.isPdf()) {
                    pdfs.put(document, document.file());
                } else {
                    String name = document.name();
                    int dot = name.lastIndexOf('.');
                    Path copy = folder.resolve("paper-" + (copies.size() + 1) + (dot > 0 ? name.substring(dot) : ""));
                    Files.copy(document.file(), copy);
                    toConvert.add(document);
                    copies.add(copy);
                }
            }
        }
        // Word papers are rendered tagged, so the merge keeps their structure and a screen reader reads them as it
        // reads the pack's own pages; LibreOffice's tagged filter is Writer's, so other kinds go through its default.
        var writer = new ArrayList<Integer>();
        var other = new ArrayList<Integer>();
        for (int i = 0; i < copies.size(); i++) {
            (isWriterDocument(copies.get(i)) ? writer : other).add(i);
        }
        convert(toConvert, copies, writer, folder, LibreOffice.WRITER_PAPER_TAGGED, pdfs, stopIfCancelled);
        convert(toConvert, copies, other, folder, LibreOffice.ANY_TO_PDF, pdfs, stopIfCancelled);
        return pdfs;
    }

    private void convert(List<PackPaper.Document> documents, List<Path> copies, List<Integer> chosen, Path folder,
                         String filter, Map<PackPaper.Document, Path> pdfs, Runnable stopIfCancelled) {
        if (chosen.isEmpty()) {
            return;
        }
        List<Optional<Path>> converted = office.toPdf(chosen.stream().map(copies::get).toList(),
                folder.resolve("pdf"), filter, stopIfCancelled);
        for (int i = 0; i < chosen.size(); i++) {
            PackPaper.Document document = documents.get(chosen.get(i));
            converted.get(i).ifPresent(pdf -> pdfs.put(document, pdf));
        }
    }

    private static boolean isWriterDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".odt") || name.endsWith(".rtf");
    }

    private static Optional<PDDocument> open(Path pdf) {
        if (pdf == null) {
            return Optional.empty();
        }
        try {
            PDDocument document = Loader.loadPDF(pdf.toFile());
            if (document.getNumberOfPages() == 0) {
                document.close();
                return Optional.empty();
            }
            // A paper that forbids copying its pages is still the secretariat's to circulate; its own bookmarks would
            // crowd the pack's, so the pack's bookmark for the file stands for them.
            document.setAllSecurityToBeRemoved(true);
            document.getDocumentCatalog().setDocumentOutline(null);
            return Optional.of(document);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A page in place of a file that could not be put in the PDF, naming it and where it is. */
    private void notIncluded(PDDocument pdf, PackPaper.Document document) throws IOException {
        var page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        new NoticePage(page).write(pdf, texts.get("pack.pdf.notIncluded.title", document.name()),
                texts.get("pack.pdf.notIncluded.text"));
    }

    /** The pack's own bookmarks (LibreOffice's, from its headings), then Papers, each item, and each of its files. */
    private void bookmarks(PDDocument pdf, List<PackPaper> papers, Map<PackPaper.Document, Integer> firstPages) {
        if (papers.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            outline = new PDDocumentOutline();
            pdf.getDocumentCatalog().setDocumentOutline(outline);
        }
        PDOutlineItem all = item(pdf, texts.get("pack.pdf.bookmark.papers"),
                firstPages.get(papers.get(0).documents().get(0)));
        outline.addLast(all);
        for (PackPaper paper : papers) {
            PDOutlineItem forItem = item(pdf, paper.title(), firstPages.get(paper.documents().get(0)));
            all.addLast(forItem);
            for (PackPaper.Document document : paper.documents()) {
                forItem.addLast(item(pdf, bookmarkFor(document), firstPages.get(document)));
            }
            forItem.openNode();
        }
        all.openNode();
    }

    /**
     * The file's name, and why it may not be accessible when it may not (decision 0032): the pack's contents say so,
     * so that an accessible version can be asked for before the pack is issued.
     */
    private String bookmarkFor(PackPaper.Document document) {
        byte[] content;
        try {
            content = Files.readAllBytes(document.file());
        } catch (IOException e) {
            return document.name();
        }
        return PaperAccessibility.check(document.name(), content).map(finding -> texts.get(
                "pack.pdf.bookmark.notAccessible", document.name(),
                PaperAccessibility.reason(texts, finding.problem(), finding.count()))).orElse(document.name());
    }

    private static PDOutlineItem item(PDDocument pdf, String title, int pageIndex) {
        var destination = new PDPageFitDestination();
        destination.setPage(pdf.getPage(pageIndex));
        var item = new PDOutlineItem();
        item.setTitle(XmlText.clean(title));
        item.setDestination(destination);
        return item;
    }

    /** "Page X of Y" on every page; the marking too on the papers' pages (the pack's own print it already). */
    private void stamp(PDDocument pdf, int packPages, String marking) throws IOException {
        var stamp = new PageStamp();
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            tabsInStructureOrder(pdf.getPage(i));
            String line = texts.get("pack.footer.page", i + 1, total);
            if (i < packPages) {
                UntaggedPaint.markAsArtifacts(pdf, pdf.getPage(i));
                stamp.pageLine(pdf, pdf.getPage(i), line);
            } else {
                stamp.paperPage(pdf, pdf.getPage(i), marking, line);
            }
        }
    }

    /**
     * Links (the contents' entries) are reached with the Tab key in the order of the structure, as PDF/UA asks of
     * every page with annotations; LibreOffice 7.4 does not say so itself.
     */
    private static void tabsInStructureOrder(PDPage page) throws IOException {
        if (!page.getAnnotations().isEmpty()) {
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        }
    }
}
