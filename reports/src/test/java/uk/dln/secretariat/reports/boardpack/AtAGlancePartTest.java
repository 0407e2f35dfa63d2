package uk.dln.secretariat.reports.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.IssuedPack;
import uk.dln.secretariat.model.boardpack.IssuedPack.MilestoneState;
import uk.dln.secretariat.model.boardpack.IssuedPack.OrganisationState;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.PackFixtures;

/**
 * The pack's "At a glance" page read back from the .docx, against a known last issued pack: HMRC's case system was
 * Amber then and is Red now; its mainframe's forecast was 30 days earlier; HMRC was judged Green and is Red now.
 */
class AtAGlancePartTest {

    private static XWPFDocument pack;

    @BeforeAll
    static void writePack() throws IOException {
        PackRequest plain = PackFixtures.request();
        RoadmapPackData data = plain.roadmaps().orElseThrow();
        var judged = new RoadmapPackData(data.period(), data.slippageThresholdDays(), data.roadmaps(),
                data.indicators(), java.util.Map.of(1L, new OverallConfidence(1, 1, DeliveryConfidence.RED,
                "The case system's supplier has failed", PackFixtures.DATE)), 15, 14);
        PackRequest now = new PackRequest(plain.networkName(), plain.title(), plain.date(), plain.markings(),
                plain.sections(), Optional.of(judged), Optional.empty());
        IssuedPack then = IssuedPack.of(now);
        var milestones = new ArrayList<MilestoneState>();
        for (MilestoneState m : then.milestones()) {
            if (m.milestoneId() == 11) {
                milestones.add(new MilestoneState(11, m.organisation(), m.title(), DeliveryConfidence.AMBER,
                        m.forecast()));
            } else if (m.milestoneId() == 13) {
                milestones.add(new MilestoneState(13, m.organisation(), m.title(), m.confidence(),
                        m.forecast().minusDays(30)));
            } else {
                milestones.add(m);
            }
        }
        var organisations = then.organisations().stream().map(o -> o.roadmapId() == 1
                ? new OrganisationState(1, o.organisation(), DeliveryConfidence.GREEN) : o).toList();
        var last = new IssuedPack(3, LocalDate.of(2026, 10, 6), "Meeting of 6 October 2026", "OFFICIAL",
                organisations, milestones, then.indicators(), then.risks(), then.actions());
        pack = BoardPackWriterTest.read(BoardPackWriterTest.write(now.comparedWith(Optional.of(last)),
                ExportSteps.NONE));
    }

    /** The page's paragraphs, from its heading to the next heading 1. */
    private static List<String> page() {
        var texts = new ArrayList<String>();
        boolean in = false;
        for (XWPFParagraph p : pack.getParagraphs()) {
            if ("Heading1".equals(p.getStyle())) {
                in = p.getText().replace('\u00a0', ' ').equals("At a glance");
            }
            if (in) {
                texts.add(p.getText().replace('\u00a0', ' '));
            }
        }
        return texts;
    }

    @Test
    void theSummaryComesStraightAfterTheCoverAndContents() {
        var headings = pack.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(List.of("Contents", "At a glance", "Roadmap summary", "Indicator trends", "Risk summary",
                "Toolkit self-assessment"), headings);
    }

    @Test
    void itSaysWhichIssuedPackItComparesWith() {
        assertTrue(page().contains("What changed since the last pack issued, for Meeting of 6 October 2026."),
                page().toString());
    }

    @Test
    void overallConfidenceMovementIsInWordsWithAnArrow() {
        XWPFTable table = pack.getTables().stream()
                .filter(t -> t.getRow(0).getCell(2).getText().equals("Since the last pack")).findFirst().orElseThrow();
        // By name: Work and Pensions, then HMRC, then the Welsh Government.
        assertEquals("HM Revenue and Customs", table.getRow(2).getCell(0).getText());
        assertEquals("Red", table.getRow(2).getCell(1).getText());
        assertEquals("\u25BC Down from Green", table.getRow(2).getCell(2).getText());
        assertEquals("Red", table.getRow(2).getCell(3).getText());
        assertEquals("Not yet judged", table.getRow(1).getCell(1).getText());
        assertEquals("Not compared", table.getRow(1).getCell(2).getText());
    }

    @Test
    void onlyTheMilestoneThatTurnedRedIsANewRed() {
        var page = page();
        assertTrue(page.contains("New red milestones (1)"), page.toString());
        assertTrue(page.contains("HM Revenue and Customs: Replace the case system, forecast 15 Feb 2027"),
                page.toString());
    }

    @Test
    void newSlippageSaysHowMuchFurtherItSlippedWithRightPlurals() {
        var page = page();
        assertTrue(page.contains("New slippage (1)"), page.toString());
        assertTrue(page.contains("HM Revenue and Customs: -Retire the mainframe: 30 days later, now 92 days late"), page.toString());
    }

    @Test
    void organisationLinesLinkToTheirRoadmapDetail() {
        var line = pack.getParagraphs().stream().filter(p -> p.getText().replace('\u00a0', ' ').startsWith("HM Revenue and Customs: Replace"))
                .findFirst().orElseThrow();
        assertEquals(List.of("roadmap_1"), linkTargets(line.getCTP()));
        assertTrue(pack.getDocument().xmlText().contains("w:name=\"roadmap_1\""));
    }

    /**
     * The bookmarks a paragraph links to: cross-reference fields ({@code REF name \h}), which Word follows and
     * LibreOffice keeps as links in the PDF (it drops plain internal hyperlinks).
     */
    private static List<String> linkTargets(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP paragraph) {
        var targets = new ArrayList<String>();
        for (var run : paragraph.getRArray()) {
            for (var instruction : run.getInstrTextArray()) {
                String[] words = instruction.getStringValue().strip().split("\\s+");
                if (words.length == 3 && words[0].equals("REF") && words[2].equals("\\h")) {
                    targets.add(words[1]);
                }
            }
        }
        return targets;
    }

    @Test
    void eachLineOfTheConfidenceTableLinksToItsOrganisationsDetail() {
        XWPFTable table = pack.getTables().stream()
                .filter(t -> t.getRow(0).getCell(2).getText().equals("Since the last pack")).findFirst().orElseThrow();
        String body = pack.getDocument().xmlText();
        for (int r = 1; r < table.getNumberOfRows(); r++) {
            var cell = table.getRow(r).getCell(0).getParagraphs().get(0).getCTP();
            List<String> targets = linkTargets(cell);
            assertEquals(1, targets.size(), table.getRow(r).getCell(0).getText());
            String anchor = targets.get(0);
            assertTrue(anchor.startsWith("roadmap_"), anchor);
            assertTrue(body.contains("w:name=\"" + anchor + "\""), "no bookmark " + anchor);
        }
    }

    @Test
    void theRoadmapSummaryPrintsTheKeyToTheScaleAndTheJudgementsReason() {
        var texts = pack.getParagraphs().stream().map(p -> p.getText().replace('\u00a0', ' ')).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Amber: successful delivery appears feasible")));
        assertTrue(texts.contains("Overall confidence Red, judged on 3 November 2026: The case system's supplier"
                + " has failed"), texts.toString());
    }

    @Test
    void exceptionsUseThePacksOwnWordingNotTheApps() {
        var all = pack.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertTrue(all.stream().noneMatch(t -> t.contains("Network settings")));
        XWPFTable exceptions = pack.getTables().stream()
                .filter(t -> t.getRow(0).getCell(2).getText().equals("Why it is here")).findFirst().orElseThrow();
        assertEquals("Delivery confidence turned Red", exceptions.getRow(1).getCell(2).getText());
    }
}
