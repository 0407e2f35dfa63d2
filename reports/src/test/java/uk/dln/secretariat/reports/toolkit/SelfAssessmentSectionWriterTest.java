package uk.dln.secretariat.reports.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.BoardSeat;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.NetworkHeatMap;
import uk.dln.secretariat.model.toolkit.RoleCheck;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.model.toolkit.ToolkitApproach;
import uk.dln.secretariat.reports.BundleTexts;

public class SelfAssessmentSectionWriterTest {

    /** Three organisations by the 21 approaches, with movement and one not applicable. */
    public static NetworkHeatMap network() {
        var organisations = List.of(org(1, "DSIT"), org(2, "HMRC"), org(3, "WG"));
        var approaches = new ArrayList<ToolkitApproach>();
        for (int finding = 1; finding <= 7; finding++) {
            for (int n = 1; n <= 3; n++) {
                approaches.add(new ToolkitApproach(finding * 10L + n, finding + "." + n, finding,
                        "Finding " + finding, "Approach " + finding + "." + n));
            }
        }
        var now = new ArrayList<ApproachRating>();
        var before = new ArrayList<ApproachRating>();
        for (var organisation : organisations) {
            for (int a = 0; a < approaches.size(); a++) {
                long id = approaches.get(a).id();
                int score = 1 + (int) ((organisation.id() + a) % 4);
                now.add(a == 5 && organisation.id() == 3
                        ? new ApproachRating(2, 3, id, MaturityLevel.NOT_APPLICABLE, "Devolved", "", "", "", null)
                        : ApproachRating.of(2, organisation.id(), id, MaturityLevel.values()[score - 1],
                        organisation.shortName() + " evidence " + a));
                before.add(ApproachRating.of(1, organisation.id(), id, MaturityLevel.values()[Math.max(0, score - 2)],
                        ""));
            }
        }
        return new NetworkHeatMap(new SelfAssessmentRound(2, "Spring 2027", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1), false), organisations, approaches, now, before);
    }

    private static Organisation org(long id, String shortName) {
        return Organisation.create("Organisation " + shortName, shortName, id == 3
                ? OrganisationKind.DEVOLVED_ADMINISTRATION : OrganisationKind.MINISTERIAL_DEPARTMENT).withId(id);
    }

    static byte[] section() throws Exception {
        return section(DocumentLanguage.ENGLISH);
    }

    static byte[] section(DocumentLanguage language) throws Exception {
        var map = network();
        var checks = List.of(new RoleCheck(map.organisations().get(0), List.of(), BoardSeat.VACANT));
        var out = new ByteArrayOutputStream();
        new SelfAssessmentSectionWriter(new BundleTexts(language)).write(map, checks, "OFFICIAL", out);
        return out.toByteArray();
    }

    private static String text(DocumentLanguage language) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(section(language)))) {
            return new XWPFWordExtractor(document).getText();
        }
    }

    @Test
    void aWelshSectionHasWelshHeadingsAndNoneOfTheEnglishOnes() throws Exception {
        String welsh = text(DocumentLanguage.WELSH);
        assertTrue(welsh.contains("Hunanasesiad y pecyn cymorth: Spring 2027"), welsh);
        assertTrue(welsh.contains("Dulliau gwannaf y rhwydwaith"), welsh);
        assertTrue(welsh.contains("Sefydliad"), welsh);
        for (String english : List.of("Toolkit self-assessment", "The network's weakest approaches", "Organisation",
                "Departmental digital strategy agreed")) {
            assertFalse(welsh.contains(english), english + " in " + welsh);
        }
    }

    @Test
    void aBilingualSectionGivesEachHeadingInWelshThenEnglish() throws Exception {
        String bilingual = text(DocumentLanguage.BILINGUAL);
        assertTrue(bilingual.contains("Dulliau gwannaf y rhwydwaith / The network's weakest approaches"), bilingual);
        assertTrue(bilingual.contains("Hunanasesiad y pecyn cymorth: Spring 2027 / Toolkit self-assessment: Spring 2027"),
                bilingual);
    }

    @Test
    void theHeatMapIsARealTableWithANumberInEveryCellSoItReadsAloudAndPrintsInBlackAndWhite() throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(section()))) {
            // 21 approaches do not fit a portrait page: two tables, 11 and 10 approaches.
            // After the weakest approaches' table, which the agenda needs first.
            var first = document.getTables().get(1);
            var second = document.getTables().get(2);
            assertEquals(4, first.getNumberOfRows());
            assertEquals("Organisation", first.getRow(0).getCell(0).getText());
            assertEquals("1.1", first.getRow(0).getCell(1).getText());
            assertEquals("4.2", first.getRow(0).getCell(11).getText());
            assertEquals("4.3", second.getRow(0).getCell(1).getText());
            assertEquals("7.3", second.getRow(0).getCell(10).getText());
            assertEquals("DSIT", first.getRow(1).getCell(0).getText());
            assertEquals("2", first.getRow(1).getCell(1).getText());
            assertEquals("N/A", first.getRow(3).getCell(6).getText());
        }
    }

    @Test
    void aWelshHeatMapMarksANotApplicableCellInWelsh() throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(section(DocumentLanguage.WELSH)))) {
            // The heat map's first table comes after the weakest approaches' table.
            assertEquals("Amh.", document.getTables().get(1).getRow(3).getCell(6).getText());
        }
    }

    @Test
    void theSectionCarriesTheWeakestApproachesMovementWhoToLearnFromAndTheRoleCheckGaps() throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(section()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertTrue(text.contains("The network's weakest approaches"), text);
            assertTrue(text.contains("ratings went up"), text);
            assertTrue(text.contains("HMRC: HMRC evidence 1"), text);
            assertTrue(text.contains("Departmental digital strategy agreed"), text);
            assertTrue(text.contains("Toolkit self-assessment: Spring 2027"), text);
        }
    }

    /** Writes the section (in the language given second: en, cy, bilingual) where a person can render it. */
    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), section(args.length > 1
                ? DocumentLanguage.fromCode(args[1]).orElseThrow() : DocumentLanguage.ENGLISH));
    }
}
