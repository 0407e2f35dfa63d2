package uk.dln.secretariat.reports.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.ReportTexts;

/**
 * A pack written in Welsh prints no English heading or label; a bilingual one prints each Welsh first, then the
 * English, whole; both say in their properties that they are Welsh. Every pack section is covered: the roadmap
 * fixture's sections and the meeting fixture's.
 */
class PackLanguageTest {

    private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
    private static final ResourceBundle WELSH = bundle(Locale.forLanguageTag("cy"));

    @Test
    void aWelshPackPrintsNoneOfTheEnglishHeadingsOrLabels() throws IOException {
        for (PackRequest request : List.of(PackFixtures.request(), MeetingFixtures.request(0))) {
            List<String> texts = texts(write(request, DocumentLanguage.WELSH));
            var english = new TreeSet<>(texts);
            english.retainAll(fixedEnglishLabels());
            assertEquals(Set.of(), english, request.title());
        }
    }

    @Test
    void aWelshPackHasItsWelshHeadingsWhereTheEnglishHadTheirs() throws IOException {
        List<String> headings = headings(write(MeetingFixtures.request(0), DocumentLanguage.WELSH));
        assertEquals(List.of("Cynnwys", "Agenda", "Cofnodion drafft y cyfarfod blaenorol", "Log Gweithredu",
                "Papurau"), headings);
    }

    @Test
    void aBilingualPackGivesEachHeadingInWelshThenEnglishWhole() throws IOException {
        List<String> headings = headings(write(MeetingFixtures.request(0), DocumentLanguage.BILINGUAL));
        assertEquals(List.of("Cynnwys / Contents", "Agenda", "Cofnodion drafft y cyfarfod blaenorol / Draft minutes "
                + "of the previous meeting", "Log Gweithredu / Action log", "Papurau / Papers"), headings);
    }

    @Test
    void aBilingualPackLeavesNoEnglishLabelStandingAlone() throws IOException {
        for (PackRequest request : List.of(PackFixtures.request(), MeetingFixtures.request(0))) {
            List<String> texts = texts(write(request, DocumentLanguage.BILINGUAL));
            var alone = new TreeSet<>(texts);
            alone.retainAll(fixedEnglishLabels());
            assertEquals(Set.of(), alone, request.title());
            assertTrue(texts.contains("Hyder cyflawni cyffredinol / Overall delivery confidence")
                    || texts.contains("Agenda"), request.title());
        }
    }

    @Test
    void aWelshPackSaysInItsPropertiesThatItIsWelshAndHasAWelshTitle() throws IOException {
        var pack = write(PackFixtures.request(), DocumentLanguage.WELSH);
        var core = pack.getProperties().getCoreProperties();
        assertEquals("cy-GB", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        assertEquals("Digital Leaders Network: pecyn y bwrdd, Meeting of 3 November 2026", core.getTitle());
        var english = write(PackFixtures.request(), DocumentLanguage.ENGLISH);
        assertEquals("en-GB", english.getProperties().getCoreProperties().getUnderlyingProperties()
                .getLanguageProperty().orElseThrow());
    }

    @Test
    void theProtectiveMarkingStaysInEnglishCapitalsInAWelshPack() throws IOException {
        var pack = write(PackFixtures.request(), DocumentLanguage.WELSH);
        String header = pack.getHeaderList().stream().flatMap(h -> h.getParagraphs().stream())
                .map(XWPFParagraph::getText).filter(t -> !t.isBlank()).findFirst().orElseThrow();
        assertEquals("OFFICIAL-SENSITIVE", header);
    }

    @Test
    void minutesDraftedInEnglishHaveTheirAttendanceHeadingsInWelshInAWelshPack() throws IOException {
        var pack = write(MeetingFixtures.request(0), DocumentLanguage.WELSH);
        var headings = pack.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertTrue(headings.containsAll(List.of("Yn bresennol", "Ymddiheuriadau")), headings.toString());
    }

    @Test
    void userEnteredTextIsPrintedAsEnteredWhateverTheLanguage() throws IOException {
        for (DocumentLanguage language : DocumentLanguage.values()) {
            List<String> texts = texts(write(PackFixtures.request(), language));
            assertTrue(texts.stream().anyMatch(t -> t.contains("Replace the case system")), language.name());
        }
    }

    /** Short fixed English words: headings, column labels, statuses; those Welsh shares (Agenda) are left out. */
    private static Set<String> fixedEnglishLabels() {
        var labels = new TreeSet<String>();
        for (String key : ENGLISH.keySet()) {
            String english = ENGLISH.getString(key);
            if (!english.contains("{") && english.length() <= 60 && !english.equals(WELSH.getString(key))) {
                labels.add(english);
            }
        }
        return labels;
    }

    private static XWPFDocument write(PackRequest request, DocumentLanguage language) throws IOException {
        var out = new ByteArrayOutputStream();
        new BoardPackWriter(new BundleTexts(language)).write(request, out, ExportSteps.NONE);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> headings(XWPFDocument document) {
        return document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    /** Every paragraph's text, in the body, in tables and in headers and footers, and each line of a cell. */
    private static List<String> texts(XWPFDocument document) {
        var texts = new ArrayList<String>();
        collect(document.getBodyElements(), texts);
        document.getHeaderList().forEach(h -> collect(h.getBodyElements(), texts));
        document.getFooterList().forEach(f -> collect(f.getBodyElements(), texts));
        return texts;
    }

    private static void collect(List<IBodyElement> elements, List<String> texts) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                texts.add(paragraph.getText().strip());
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> {
                    Stream.of(cell.getText().split("\n")).map(String::strip).forEach(texts::add);
                    collect(cell.getBodyElements(), texts);
                }));
            }
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ReportTexts.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
