package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;

/** A pack goes out a week before its meeting: it is as at the day it is issued, and overdue is judged on that day. */
class PackAsAtTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 19);

    @TempDir
    Path folder;

    @Test
    void thePackIsAsAtTheDayItIsIssuedNotTheMeetingDay() throws Exception {
        Path pack;
        try (var workspace = Workspace.open(folder.resolve("as-at.secretariat"))) {
            var november = MeetingWorkspace.fill(workspace.data());
            var hmrc = workspace.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            var leader = workspace.leaders().save(Leader.create("Ada Lovelace"));
            // Due between the day of issue and the meeting: not overdue when the pack goes out.
            workspace.actions().raise(Action.raise("Share the plan", leader.id(), hmrc.id(), november.id(), null,
                    ISSUED.minusDays(30), LocalDate.of(2026, 11, 24)));
            Clock clock = Clock.fixed(ISSUED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            pack = new PackExporter(clock).export(workspace.data(), november, november.date(),
                    EnumSet.of(PackSection.AGENDA, PackSection.ACTIONS), folder, PackMarkingTest.QUIET).pack();
        }

        try (InputStream in = Files.newInputStream(pack); var document = new XWPFDocument(in)) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n")).replace('\u00a0', ' ');
            assertTrue(text.contains("As at 19 November 2026"), text);
            assertTrue(text.contains("1 actions as at 19 November 2026: 0 overdue"), text);
            String status = document.getTables().get(document.getTables().size() - 1).getRow(1).getCell(4).getText();
            assertEquals("Open", status);
        }
    }
}
