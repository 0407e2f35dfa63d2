package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.i18n.MessageTexts;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.app.support.OfficeTests;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.accessibility.WordRules;
import uk.dln.secretariat.reports.accessibility.WorkbookRules;
import uk.dln.secretariat.reports.pdf.LibreOffice;
import uk.dln.secretariat.reports.pdf.PdfBoardPack;

/**
 * The demonstration workspace's own pack, exported as the app exports it, held to the accessibility rules: its Word
 * pack part rendered to PDF passes PDF/UA-1 in veraPDF with no failure, the .docx breaks none of Word's checker's
 * rules and the trackers none of Excel's. The reports module checks smaller packs the same way; this is the pack a
 * network would actually see, at its full size, with every kind of section in it.
 */
class DemoPackAccessibilityTest {

    @TempDir
    Path folder;

    @Test
    void theDemoPackPassesPdfUaAndItsWordAndExcelFilesBreakNoAccessibilityRule() throws Exception {
        Path soffice = OfficeTests.assumeLibreOffice();
        VeraGreenfieldFoundryProvider.initialise();
        Path out = Files.createDirectories(folder.resolve("out"));
        PackExporter.Result result;
        int organisations;
        try (Workspace workspace = DemoWorkspace.open(folder.resolve("demo.secretariat"))) {
            var meeting = MeetingChoice.nextFrom(workspace.meetings().findAll(), LocalDate.now()).orElseThrow();
            result = new PackExporter().export(workspace.data(), meeting, meeting.date(),
                    EnumSet.allOf(PackSection.class),
                    out, new PackExporter.Options(false, Optional.of(new LibreOffice(soffice))), Progress.none());
            organisations = workspace.roadmaps().overview(PackGatherer.period(workspace.data(), LocalDate.now())
                    .orElseThrow().id()).size();
        }

        try (InputStream docx = Files.newInputStream(result.pack())) {
            assertEquals(List.of(), WordRules.check(docx));
        }
        try (InputStream xlsx = Files.newInputStream(result.trackers())) {
            assertEquals(List.of(), WorkbookRules.check(xlsx));
        }
        Path pdf = wordPartAsPdf(result.pack(), soffice);
        assertEquals(Map.of(), pdfUaFailures(pdf));
        GlanceLinks inWord = GlanceLinks.inWord(result.pack());
        assertTrue(inWord.fields() >= organisations + 3, "each line of At a glance links to its detail: " + inWord);
        assertTrue(linksOnAtAGlance(pdf, inWord.nextHeading()) >= inWord.fields(),
                "every link of At a glance reaches the PDF and leads further into the pack: " + inWord);
    }

    /**
     * The cross-reference fields on "At a glance" in the Word pack (in its paragraphs and its table), and the heading
     * that follows it, where its pages end.
     */
    record GlanceLinks(int fields, String nextHeading) {
        static GlanceLinks inWord(Path docx) throws Exception {
            try (InputStream stream = Files.newInputStream(docx); var document = new XWPFDocument(stream)) {
                int fields = 0;
                boolean inGlance = false;
                for (IBodyElement element : document.getBodyElements()) {
                    if (element instanceof XWPFParagraph paragraph && "Heading1".equals(paragraph.getStyle())) {
                        if (inGlance) {
                            return new GlanceLinks(fields, paragraph.getText());
                        }
                        inGlance = paragraph.getText().equals("At a glance");
                    }
                    if (inGlance) {
                        String xml = element instanceof XWPFParagraph paragraph ? paragraph.getCTP().xmlText()
                                : ((XWPFTable) element).getCTTbl().xmlText();
                        fields += xml.split(" REF ", -1).length - 1;
                    }
                }
                return new GlanceLinks(fields, "");
            }
        }
    }

    /** The links on the pages of "At a glance" that lead to a page after them. */
    private static int linksOnAtAGlance(Path pdf, String nextHeading) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int first = pageWithLine(document, "At a glance", 0);
            int next = pageWithLine(document, nextHeading, first + 1);
            assertTrue(first >= 0 && next > first, "At a glance on page " + first + ", then " + next);
            int links = 0;
            for (int i = first; i < next; i++) {
                for (var annotation : document.getPage(i).getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && target(document, link) >= next) {
                        links++;
                    }
                }
            }
            return links;
        }
    }

    /** The first page from {@code from} (0-based) with a line that is exactly the text, or -1. */
    private static int pageWithLine(PDDocument document, String text, int from) throws Exception {
        for (int i = from; i < document.getNumberOfPages(); i++) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            if (stripper.getText(document).lines().anyMatch(line -> line.strip().equals(text))) {
                return i;
            }
        }
        return -1;
    }

    /** The page (0-based) a link goes to inside the document, or -1. */
    private static int target(PDDocument document, PDAnnotationLink link) throws Exception {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDNamedDestination named) {
            destination = document.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (destination instanceof PDPageDestination page) {
            return page.getPage() != null ? document.getPages().indexOf(page.getPage()) : page.getPageNumber();
        }
        return -1;
    }

    /** The Word pack's part of the one PDF, made as the export makes it: LibreOffice's tagged rendering, stamped. */
    private Path wordPartAsPdf(Path docx, Path soffice) throws Exception {
        var pack = new PdfBoardPack(ReportTexts.of(DocumentLanguage.ENGLISH), new LibreOffice(soffice));
        Path work = Files.createDirectories(folder.resolve("work"));
        var rendered = pack.render(docx, work, () -> { });
        Path pdf = folder.resolve("word-part.pdf");
        try (OutputStream stream = Files.newOutputStream(pdf)) {
            pack.write(rendered, List.of(), "OFFICIAL", work, stream, () -> { });
        }
        assertFalse(Files.size(pdf) == 0);
        return pdf;
    }

    /** Each failed rule (clause and test number) with how often it failed. */
    private static Map<String, Integer> pdfUaFailures(Path pdf) throws Exception {
        var failed = new TreeMap<String, Integer>();
        try (InputStream in = Files.newInputStream(pdf);
             var parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
             var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            var result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    var rule = assertion.getRuleId();
                    failed.merge(rule.getClause() + "-" + rule.getTestNumber() + " " + assertion.getMessage(), 1,
                            Integer::sum);
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.put("not compliant, no rule named", 1);
            }
        }
        return failed;
    }

}
