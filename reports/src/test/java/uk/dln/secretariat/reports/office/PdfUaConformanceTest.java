package uk.dln.secretariat.reports.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.pdf.PdfBoardPack;

/**
 * The Word pack's part of the one-PDF pack, as the export writes it (LibreOffice's tagged rendering, then PDFBox's
 * page numbers stamped as artifacts), checked against PDF/UA-1 by veraPDF: no rule may fail. Two packs: the meeting's
 * (agenda, minutes, action log, cover sheets) and the network's (roadmaps, charts, indicators, risks).
 */
class PdfUaConformanceTest {

    private static final Path FOLDER = Path.of("target", "office", "pdf-ua").toAbsolutePath();

    private static Path meetingPack;
    private static Path networkPack;

    @BeforeAll
    static void writeBothPacksAsTheExportDoes() throws Exception {
        LibreOffice.assumeWanted();
        LibreOffice.deleteTree(FOLDER);
        Files.createDirectories(FOLDER);
        VeraGreenfieldFoundryProvider.initialise();
        meetingPack = pdfOf("meeting", MeetingFixtures.request(10));
        networkPack = pdfOf("network", PackFixtures.request());
    }

    private static Path pdfOf(String name, PackRequest request) throws Exception {
        Path docx = FOLDER.resolve(name + ".docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new BoardPackWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        }
        var office = uk.dln.secretariat.reports.pdf.LibreOffice.locate().orElseThrow();
        var pack = new PdfBoardPack(new BundleTexts(), office);
        Path work = Files.createDirectories(FOLDER.resolve(name + "-work"));
        PdfBoardPack.RenderedPack rendered = pack.render(docx, work, () -> { });
        Path pdf = FOLDER.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            pack.write(rendered, List.of(), request.marking().label(), work, out, () -> { });
        }
        return pdf;
    }

    @Test
    void theMeetingPackPassesPdfUaWithNoFailures() throws Exception {
        assertEquals(Map.of(), failures(meetingPack));
    }

    @Test
    void theNetworkPackWithItsChartsPassesPdfUaWithNoFailures() throws Exception {
        assertEquals(Map.of(), failures(networkPack));
    }

    @Test
    void thePackIsTaggedWithHeadingsTablesAndFiguresWithAlternativeText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(networkPack.toFile())) {
            var root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(root, "no structure tree");
            Map<String, Integer> kinds = new TreeMap<>();
            var figuresWithoutText = new java.util.ArrayList<String>();
            walk(root, kinds, figuresWithoutText);
            assertTrue(kinds.getOrDefault("H1", 0) > 0 && kinds.getOrDefault("H2", 0) > 0, kinds.toString());
            assertTrue(kinds.getOrDefault("TH", 0) > 0 && kinds.getOrDefault("Table", 0) > 0, kinds.toString());
            assertTrue(kinds.getOrDefault("Figure", 0) > 0, kinds.toString());
            assertEquals(List.of(), figuresWithoutText);
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    private static void walk(PDStructureNode node, Map<String, Integer> kinds, List<String> figuresWithoutText) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String type = element.getStandardStructureType();
                kinds.merge(type, 1, Integer::sum);
                if ("Figure".equals(type) && (element.getAlternateDescription() == null
                        || element.getAlternateDescription().isBlank())) {
                    figuresWithoutText.add(String.valueOf(element.getTitle()));
                }
                walk(element, kinds, figuresWithoutText);
            }
        }
    }

    /** Each failed rule (clause and test number) with its description and how often it failed. */
    static Map<String, Integer> failures(Path pdf) throws Exception {
        var failed = new TreeMap<String, Integer>();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    var rule = assertion.getRuleId();
                    failed.merge(rule.getClause() + "-" + rule.getTestNumber() + " " + assertion.getMessage(), 1,
                            Integer::sum);
                    System.err.println("PDF/UA: " + rule.getClause() + "-" + rule.getTestNumber() + " at "
                            + assertion.getLocation().getContext() + " " + assertion.getErrorMessage());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                throw new ValidationException("veraPDF found the file not compliant but named no rule");
            }
        }
        return failed;
    }
}
