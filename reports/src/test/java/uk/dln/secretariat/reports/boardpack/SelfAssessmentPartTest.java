package uk.dln.secretariat.reports.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.boardpack.SelfAssessmentPackData;
import uk.dln.secretariat.model.toolkit.BoardSeat;
import uk.dln.secretariat.model.toolkit.RoleCheck;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.accessibility.WordRules;
import uk.dln.secretariat.reports.accessibility.WorkbookRules;
import uk.dln.secretariat.reports.toolkit.SelfAssessmentSectionWriterTest;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/** The board pack and its trackers carry the latest self-assessment round, as the section exported on its own does. */
class SelfAssessmentPartTest {

    static PackRequest withRound() {
        var map = SelfAssessmentSectionWriterTest.network();
        var checks = List.of(new RoleCheck(map.organisations().get(0), List.of(), BoardSeat.VACANT),
                new RoleCheck(map.organisations().get(2), List.of(), BoardSeat.VACANT));
        return PackFixtures.request(EnumSet.allOf(PackSection.class), rows -> { })
                .withSelfAssessment(new SelfAssessmentPackData(Optional.of(map), checks));
    }

    private static XWPFDocument pack(PackRequest request) throws IOException {
        var out = new ByteArrayOutputStream();
        new BoardPackWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> inStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    @Test
    void thePackEndsWithTheLatestRoundListedInTheContentsWithABookmarkToItsHeading() throws IOException {
        try (var document = pack(withRound())) {
            var headings = inStyle(document, "Heading1");
            assertEquals("Toolkit self-assessment: Spring 2027", headings.get(headings.size() - 1));
            var entries = document.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle())).toList();
            var entry = entries.get(entries.size() - 1);
            assertTrue(entry.getText().contains("Toolkit self-assessment: Spring 2027"), entry.getText());
            String anchor = entry.getCTP().getHyperlinkArray(0).getAnchor();
            var heading = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("Toolkit self-assessment: Spring 2027")
                            && "Heading1".equals(p.getStyle())).findFirst().orElseThrow();
            assertTrue(heading.getCTP().getBookmarkStartList().stream().anyMatch(b -> b.getName().equals(anchor)),
                    "the contents entry links to a bookmark on the section's heading");
        }
    }

    @Test
    void theSectionCarriesTheHeatMapAsTablesTheWeakestTheMovementAndTheRoleCheckGaps() throws IOException {
        try (var document = pack(withRound())) {
            var second = inStyle(document, "Heading2");
            assertTrue(second.containsAll(List.of("Heat map", "The network's weakest approaches",
                    "Movement since the previous round", "Digital Leader role check: gaps")), second.toString());
            var heatMap = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Organisation")
                            && t.getRow(0).getCell(1).getText().equals("1.1")).findFirst().orElseThrow();
            assertEquals("DSIT", heatMap.getRow(1).getCell(0).getText());
            assertEquals("2", heatMap.getRow(1).getCell(1).getText(), "the level as a number, not colour alone");
            assertTrue(heatMap.getRow(0).isRepeatHeader(), "a real header row a screen reader announces");
            String all = document.getTables().stream().map(t -> t.getText()).reduce("", String::concat);
            assertTrue(all.contains("WG"), "the devolved administration's gaps are listed");
            assertEquals(List.of("Approaches 1.1 to 4.2", "Approaches 4.3 to 7.3"), inStyle(document, "Heading3")
                    .stream().filter(t -> t.startsWith("Approaches")).toList(), "each heat-map table has its heading");
            assertTrue(document.getParagraphs().stream().filter(p -> p.getText().equals("Heat map")).findFirst()
                    .orElseThrow().isPageBreak(), "the heat map starts a page, where thirty organisations fit");
            assertEquals(List.of(), WordRules.check(document));
        }
    }

    @Test
    void thePacksWhoToLearnFromNamesTheOrganisationsAndLeavesTheirEvidenceToTheTrackers() throws IOException {
        try (var document = pack(withRound())) {
            String text = new XWPFWordExtractor(document).getText();
            assertTrue(document.getParagraphs().stream()
                    .filter(p -> p.getText().endsWith("Their evidence is in the trackers' Ratings sheet."))
                    .findFirst().orElseThrow().isKeepNext(), "the note keeps with its table");
            var learnFrom = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Rated Embedded")).findFirst().orElseThrow();
            assertTrue(learnFrom.getText().contains("HMRC"), learnFrom.getText());
            assertFalse(text.contains("evidence 1"), "evidence stays in the trackers, not in the pack");
        }
    }

    @Test
    void withNoRoundOpenedThePackSaysSoInOneLineUnderTheSectionsHeading() throws IOException {
        var request = PackFixtures.request(EnumSet.of(PackSection.SELF_ASSESSMENT), rows -> { })
                .withSelfAssessment(new SelfAssessmentPackData(Optional.empty(), List.of()));
        try (var document = pack(request)) {
            var paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank()).toList();
            int at = paragraphs.lastIndexOf("Toolkit self-assessment");
            assertTrue(at > 0, paragraphs.toString());
            assertEquals(List.of("No self-assessment round has been opened yet, so there are no ratings to report."),
                    paragraphs.subList(at + 1, paragraphs.size()));
            assertTrue(document.getTables().isEmpty());
        }
    }

    @Test
    void theTrackersCarryEveryRatingAsAnExcelTableThatBreaksNoAccessibilityRule() throws IOException {
        var out = new ByteArrayOutputStream();
        new TrackerWorkbookWriter(new BundleTexts()).write(withRound(), out, ExportSteps.NONE);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Ratings");
            assertEquals(1, sheet.getTables().size());
            assertEquals("Ratings", sheet.getTables().get(0).getName());
            assertEquals(3 * 21, sheet.getLastRowNum(), "a row per rating of the round");
            assertEquals(List.of(), WorkbookRules.check(workbook));
        }
    }

    @Test
    void trackersWithoutTheSelfAssessmentChosenHaveNoRatingsSheet() throws IOException {
        var out = new ByteArrayOutputStream();
        var request = PackFixtures.request(EnumSet.of(PackSection.RISKS), rows -> { })
                .withSelfAssessment(withRound().selfAssessment().orElseThrow());
        new TrackerWorkbookWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(null, workbook.getSheet("Ratings"));
        }
    }
}
