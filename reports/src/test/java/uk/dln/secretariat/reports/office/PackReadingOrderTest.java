package uk.dln.secretariat.reports.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.pdf.PackPaper;
import uk.dln.secretariat.reports.pdf.PdfBoardPack;
import uk.dln.secretariat.reports.pdf.SamplePapers;

/**
 * The one-PDF pack read as a screen reader reads it, through its structure tree rather than its pages: a small pack
 * with every section and a Word paper, as the export writes it. The parts come in the order a reader expects, the
 * stamped marking and page numbers stay out of what is read, tables announce their headers first, and a Word paper
 * is read like the pack's own pages.
 */
class PackReadingOrderTest {

    private static final Path FOLDER = Path.of("target", "office", "reading-order").toAbsolutePath();
    private static final String PAPER_TEXT = "The network is asked to note the hosting plan.";

    private static TaggedReadingOrder order;
    private static String marking;

    @BeforeAll
    static void writeAPackWithEverySectionAndAWordPaper() throws Exception {
        LibreOffice.assumeWanted();
        LibreOffice.deleteTree(FOLDER);
        Files.createDirectories(FOLDER);
        PackRequest network = PackFixtures.request();
        var request = new PackRequest(network.networkName(), network.title(), network.date(), network.markings(),
                EnumSet.allOf(PackSection.class), network.roadmaps(), Optional.of(MeetingFixtures.data(0)));
        marking = request.marking().label();
        Path docx = FOLDER.resolve("pack.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new BoardPackWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        }
        Path paper = Files.write(FOLDER.resolve("hosting.docx"),
                SamplePapers.docx("Cloud hosting plan", List.of(PAPER_TEXT)));
        var papers = List.of(new PackPaper("Item 4: DLN(26)11/04 Cloud hosting",
                List.of(new PackPaper.Document("DLN(26)11-04 Cloud hosting.docx", paper))));
        var office = uk.dln.secretariat.reports.pdf.LibreOffice.locate().orElseThrow();
        var pack = new PdfBoardPack(new BundleTexts(), office);
        Path work = Files.createDirectories(FOLDER.resolve("work"));
        var rendered = pack.render(docx, work, () -> { });
        Path pdf = FOLDER.resolve("pack.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            pack.write(rendered, papers, marking, work, out, () -> { });
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            order = TaggedReadingOrder.of(document);
        }
        order.elements().forEach(e -> System.out.println("reading order: " + e));
    }

    @Test
    void theCoverComesFirstThenTheContentsThenEachPartInThePacksOrder() {
        var read = order.elements().stream().filter(e -> !e.text().isEmpty()).toList();
        assertEquals("Board pack", read.get(0).text(), "the cover's title is read first");
        var parts = read.stream().filter(e -> e.type().equals("H1")).map(TaggedReadingOrder.Element::text).toList();
        assertEquals(List.of("Contents", "At a glance", "Agenda", "Draft minutes of the previous meeting",
                "Action log", "Papers", "Roadmap summary", "Indicator trends", "Risk summary",
                "Toolkit self-assessment"), parts);
    }

    @Test
    void theContentsListTheirEntriesInThePacksOrderBeforeAnyPart() {
        var read = order.elements().stream().filter(e -> !e.text().isEmpty()).toList();
        int contents = indexOf(read, "H1", "Contents");
        int glance = indexOf(read, "H1", "At a glance");
        var entries = read.subList(contents + 1, glance).stream().filter(e -> e.type().equals("Link"))
                .map(TaggedReadingOrder.Element::text).filter(text -> !text.matches("\\d+")).toList();
        assertTrue(entries.indexOf("At a glance") >= 0 && entries.indexOf("At a glance") < entries.indexOf("Agenda")
                && entries.indexOf("Agenda") < entries.indexOf("Action log")
                && entries.indexOf("Action log") < entries.indexOf("Roadmap summary"), entries.toString());
    }

    @Test
    void everyTableIsReadHeaderCellsFirst() {
        var elements = order.elements();
        int tables = 0;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).type().equals("Table")) {
                tables++;
                var firstCell = elements.subList(i + 1, elements.size()).stream()
                        .filter(e -> e.type().equals("TH") || e.type().equals("TD")).findFirst().orElseThrow();
                assertEquals("TH", firstCell.type(), "table " + tables + " starts with a data cell");
            }
        }
        assertTrue(tables >= 5, "tables: " + tables);
    }

    @Test
    void everyFigureIsReadByItsAlternativeText() {
        var figures = order.elements().stream().filter(e -> e.type().equals("Figure")).toList();
        assertTrue(!figures.isEmpty());
        assertTrue(figures.stream().allMatch(e -> e.alt() != null && e.alt().length() > 20), figures.toString());
    }

    private static int indexOf(List<TaggedReadingOrder.Element> read, String type, String text) {
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).type().equals(type) && read.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(type + " " + text + " is not read");
    }

    @Test
    void theStampedMarkingAndPageNumbersAreArtifactsNotReadAsContent() {
        var read = order.elements().stream().map(TaggedReadingOrder.Element::text).toList();
        assertTrue(read.stream().noneMatch(text -> text.matches(".*Page \\d+ of \\d+.*")), "a page number is read");
        // The marking is read once on the cover and in a cover sheet's Classification cell; never as a running line.
        assertEquals(List.of(), order.elements().stream().filter(e -> e.text().equalsIgnoreCase(marking))
                .filter(e -> !e.within().endsWith("/TD")).toList());
        assertTrue(order.artifacts().stream().anyMatch(text -> text.matches(".*Page \\d+ of \\d+.*")),
                "the page numbers are there, as artifacts");
        assertTrue(order.artifacts().stream().anyMatch(text -> text.contains(marking.toUpperCase())),
                "the papers' marking is there, as an artifact");
    }

    @Test
    void aWordPapersTextIsReadThroughTheStructureLikeThePacksOwnPages() {
        assertTrue(order.elements().stream().anyMatch(e -> e.text().contains(PAPER_TEXT)),
                "the Word paper's text is not in the structure a screen reader follows");
    }
}
