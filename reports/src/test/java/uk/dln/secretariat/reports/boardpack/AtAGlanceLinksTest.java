package uk.dln.secretariat.reports.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import uk.dln.secretariat.model.boardpack.IssuedPack;
import uk.dln.secretariat.model.boardpack.IssuedPack.IndicatorState;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.TrackerFixtures;

/**
 * "At a glance" links every line to its detail in Word: each decision to its paper's cover sheet, each action to its
 * row in the action log and the actions to the log itself, each indicator that moved to its organisation's charts.
 * A link is a cross-reference field whose stored text is the text of the bookmark it names, so a word processor that
 * updates the field shows the same words.
 */
class AtAGlanceLinksTest {

    private static PackRequest request;
    private static XWPFDocument pack;
    /** Every bookmark in the document and the text of the paragraph it marks. */
    private static final Map<String, String> BOOKMARKED = new HashMap<>();

    @BeforeAll
    static void writePack() throws IOException {
        PackRequest now = TrackerFixtures.everything(ConfidenceScale.THREE_POINT);
        IssuedPack then = IssuedPack.of(now);
        // Every indicator was on the other side of its line when the last pack was issued, so each has moved.
        var indicators = then.indicators().stream().map(i -> new IndicatorState(i.indicatorId(), i.organisation(),
                i.name(), i.value(), i.track() == IndicatorTrack.ON_TRACK ? IndicatorTrack.OFF_TRACK
                : IndicatorTrack.ON_TRACK)).toList();
        var last = new IssuedPack(3, LocalDate.of(2026, 10, 22), "Meeting 10, 22 October 2026", "OFFICIAL",
                then.organisations(), then.milestones(), indicators, then.risks(), then.actions());
        request = now.comparedWith(Optional.of(last));
        pack = BoardPackWriterTest.read(BoardPackWriterTest.write(request, ExportSteps.NONE));
        for (XWPFParagraph paragraph : allParagraphs()) {
            paragraph.getCTP().getBookmarkStartList().forEach(b -> BOOKMARKED.put(b.getName(),
                    paragraph.getText()));
        }
    }

    private static List<XWPFParagraph> allParagraphs() {
        var all = new ArrayList<>(pack.getParagraphs());
        for (XWPFTable table : pack.getTables()) {
            table.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
        }
        return all;
    }

    /** The body paragraphs of "At a glance", from its heading to the next heading 1. */
    private static List<XWPFParagraph> page() {
        var page = new ArrayList<XWPFParagraph>();
        boolean in = false;
        for (XWPFParagraph p : pack.getParagraphs()) {
            if ("Heading1".equals(p.getStyle())) {
                in = p.getText().equals("At a glance");
            }
            if (in) {
                page.add(p);
            }
        }
        return page;
    }

    record Link(String target, String text) {
    }

    /** The cross-reference fields ({@code REF name \h}) of a paragraph, with their stored text. */
    static List<Link> links(CTP paragraph) {
        var links = new ArrayList<Link>();
        String target = null;
        StringBuilder text = null;
        for (CTR run : paragraph.getRList()) {
            for (var instruction : run.getInstrTextList()) {
                String[] words = instruction.getStringValue().strip().split("\\s+");
                if (words.length == 3 && words[0].equals("REF") && words[2].equals("\\h")) {
                    target = words[1];
                }
            }
            if (run.sizeOfFldCharArray() > 0) {
                var type = run.getFldCharArray(0).getFldCharType();
                if (type == STFldCharType.SEPARATE && target != null) {
                    text = new StringBuilder();
                } else if (type == STFldCharType.END && text != null) {
                    links.add(new Link(target, text.toString()));
                    target = null;
                    text = null;
                }
            } else if (text != null) {
                for (var t : run.getTList()) {
                    text.append(t.getStringValue());
                }
            }
        }
        return links;
    }

    private static List<Link> linksOn(String startOfLine) {
        XWPFParagraph line = page().stream().filter(p -> p.getText().startsWith(startOfLine)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + startOfLine));
        return links(line.getCTP());
    }

    @Test
    void everyLinkOnThePageReachesABookmarkThatCarriesTheLinksOwnWords() {
        var all = page().stream().flatMap(p -> links(p.getCTP()).stream()).toList();
        assertTrue(all.size() >= 10, all.toString());
        for (Link link : all) {
            assertTrue(BOOKMARKED.containsKey(link.target()), "no bookmark " + link.target());
            assertEquals(BOOKMARKED.get(link.target()), link.text(), link.target() + " in " + BOOKMARKED);
        }
    }

    @Test
    void eachDecisionLinksToItsPapersCoverSheet() {
        var links = linksOn("DLN(26)11/03: Cloud hosting");
        assertEquals(1, links.size(), links.toString());
        assertTrue(links.get(0).target().startsWith("paper_"), links.toString());
        assertTrue(pack.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle())
                && p.getText().equals(links.get(0).text())
                && p.getCTP().getBookmarkStartList().stream().anyMatch(b -> b.getName().equals(links.get(0).target()))));
    }

    @Test
    void eachOverdueActionLinksToItsRowInTheActionLogAndTheLineToTheLog() {
        var links = linksOn("2 actions are overdue");
        var targets = links.stream().map(Link::target).toList();
        assertTrue(targets.containsAll(List.of("action_2", "action_4")), links.toString());
        assertEquals(new Link("action_log", "Action log"), links.get(links.size() - 1));
        assertEquals("A26/07/01", BOOKMARKED.get("action_4"));
        assertEquals("Action log", BOOKMARKED.get("action_log"));
    }

    @Test
    void eachIndicatorThatMovedLinksToItsOrganisationsCharts() {
        var lines = page().stream().filter(p -> p.getText().contains(" is now on track")
                || p.getText().contains(" is now off track")).toList();
        assertFalse(lines.isEmpty());
        for (XWPFParagraph line : lines) {
            var links = links(line.getCTP());
            assertEquals(1, links.size(), line.getText());
            assertTrue(links.get(0).target().startsWith("indicators_"), links.toString());
            assertTrue(line.getText().contains(links.get(0).text() + ":"), line.getText());
        }
    }

    @Test
    void aBilingualPackLinksTheWelshAndTheEnglishHalfOfEachLine() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        new BoardPackWriter(ReportTexts.of(DocumentLanguage.BILINGUAL)).write(request, out, ExportSteps.NONE);
        XWPFDocument bilingual = BoardPackWriterTest.read(out.toByteArray());
        XWPFParagraph actions = bilingual.getParagraphs().stream()
                .filter(p -> p.getText().contains("2 actions are overdue")).findFirst().orElseThrow();
        var targets = links(actions.getCTP()).stream().map(Link::target).toList();
        assertEquals(2, targets.stream().filter("action_4"::equals).count(), targets.toString());
        assertEquals(2, targets.stream().filter("action_log"::equals).count(), targets.toString());
        assertFalse(actions.getText().contains("\u0001"));
        var indicator = bilingual.getParagraphs().stream().filter(p -> p.getText().contains(" is now "))
                .findFirst().orElseThrow();
        assertEquals(2, links(indicator.getCTP()).size(), indicator.getText());
    }
}
