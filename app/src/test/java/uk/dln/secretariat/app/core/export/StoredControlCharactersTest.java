package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.actions.ChaserWriter;
import uk.dln.secretariat.app.actions.Chasers;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.reports.OfficePartsCheck;

/**
 * Every character XML 1.0 forbids (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF), planted in every
 * text the pack, the single documents, the trackers and the chasers show. Stored straight through the repositories,
 * as an older version, an import or another tool could have stored it, so input checks do not help: the exports must
 * still be files every reader opens. With CI=true (or -Dsecretariat.office=true) LibreOffice must open each one.
 */
class StoredControlCharactersTest {

    /** All 31 forbidden characters, in the middle of the text so that stripping cannot take them away. */
    private static final String JUNK = IntStream.concat(
            IntStream.rangeClosed(0, 0x1F).filter(c -> c != '\t' && c != '\n' && c != '\r'), IntStream.of(0xFFFE, 0xFFFF))
            .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 22);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    private Path file;
    private Path out;

    private static String junk(String words) {
        return words + " " + JUNK + " end";
    }

    @BeforeEach
    void workspaceWithControlCharactersEverywhere() {
        file = folder.resolve("junk.secretariat");
        out = folder.resolve("out");
        try (var workspace = Workspace.open(file)) {
            plant(workspace);
        }
    }

    @Test
    void everyExportedFileParsesPartByPartAndOpensInLibreOffice() throws Exception {
        Files.createDirectories(out);
        var written = new ArrayList<Path>();
        try (var workspace = Workspace.open(file)) {
            Meeting november = meeting(workspace, NOVEMBER);
            Meeting october = meeting(workspace, OCTOBER);
            var pack = new PackExporter().export(workspace.data(), november, NOVEMBER,
                    EnumSet.allOf(PackSection.class), out,
                    Progress.none());
            written.add(pack.pack());
            written.add(pack.trackers());
            var documents = new DocumentExporter();
            written.add(documents.export(workspace.data(), november, MeetingDocument.AGENDA, 0, out));
            written.add(documents.export(workspace.data(), october, MeetingDocument.MINUTES, 0, out));
            int paper = workspace.agenda().items(november.id()).stream().filter(AgendaItem::paper).count() > 0 ? 1 : 0;
            written.add(documents.export(workspace.data(), november, MeetingDocument.COVER_SHEET, paper, out));
        }

        for (Path exported : written) {
            OfficePartsCheck.verify(exported, exported);
        }
        assertTrue(read(written.get(0)).contains("Replace the case system"), "the planted text is in the pack");
        if (officeWanted()) {
            Path profile = folder.resolve("lo-profile");
            for (Path exported : written) {
                toPdf(exported, profile);
            }
        }
    }

    @Test
    void everyChaserReadsBackWithOnlyItsOwnHeaders() throws Exception {
        List<Path> chasers;
        try (var workspace = Workspace.open(file)) {
            chasers = new ChaserWriter(out).writeAll(Chasers.build(workspace.actions().log(), NOVEMBER.plusDays(60),
                    14, workspace.settings().load().networkName()));
        }

        assertTrue(!chasers.isEmpty());
        for (Path chaser : chasers) {
            MimeMessage message;
            try (var in = Files.newInputStream(chaser)) {
                message = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            var names = java.util.Collections.list(message.getAllHeaders()).stream().map(jakarta.mail.Header::getName)
                    .sorted().toList();
            assertEquals(Stream.of("Content-Transfer-Encoding", "Content-Type", "Date", "MIME-Version", "Subject",
                    "To", "X-Unsent").sorted().toList(), names);
            assertEquals(1, message.getRecipients(Message.RecipientType.TO).length);
            assertTrue(((String) message.getContent()).contains("Share the plan"));
        }
    }

    private static void plant(Workspace workspace) {
        var defaults = workspace.settings().load();
        workspace.settings().save(new NetworkSettings(junk("Digital Leaders Network"),
                defaults.paperReferencePrefix(), defaults.defaultMarking(), defaults.confidenceScale(),
                defaults.slippageThresholdDays(), defaults.closingUpdateRequired()));
        var dwp = workspace.organisations().save(new Organisation(0, junk("Department for Work and Pensions"),
                junk("DWP"), OrganisationKind.MINISTERIAL_DEPARTMENT, null, true, junk("Notes")));
        var agency = workspace.organisations().save(new Organisation(0, junk("Child Maintenance Service"),
                junk("CMS"), OrganisationKind.AGENCY, dwp.id(), true, junk("Notes")));
        var ann = workspace.leaders().save(new Leader(0, junk("Ann Leader"), junk("Chief Digital Officer"),
                junk("DG"), true, "ann" + JUNK.replaceAll("\\s", "") + "@dwp.gov.uk", "020 7946 0000"));
        var bob = workspace.leaders().save(new Leader(0, junk("Bob Chair"), junk("Director"), junk("SCS"), true,
                " bob@cabinetoffice.gov.uk ", ""));
        var cat = workspace.leaders().save(new Leader(0, junk("Cat Deputy"), junk("Deputy"), junk("SCS1"), false,
                "cat@dwp.gov.uk", ""));
        LocalDate joined = LocalDate.of(2025, 1, 1);
        workspace.memberships().save(new Membership(0, ann.id(), dwp.id(), NetworkRole.DIGITAL_LEADER, joined, null));
        workspace.memberships().save(new Membership(0, cat.id(), agency.id(), NetworkRole.DIGITAL_LEADER, joined, null));
        workspace.memberships().save(new Membership(0, bob.id(), dwp.id(), NetworkRole.CHAIR, joined, null));
        workspace.declarations().save(new Declaration(0, ann.id(), junk("Trustee of a digital charity"),
                joined, true));

        Meeting october = held(workspace, ann, cat, bob, dwp);
        Meeting november = workspace.meetings().save(Meeting.plan(NOVEMBER, LocalTime.of(10, 0), 120,
                junk("Conference Room 4, 10 Whitehall"), bob.id(), ProtectiveMarking.OFFICIAL));
        workspace.agenda().append(november.id(), List.of(item(november, ann, "Cloud hosting"),
                item(november, cat, "Digital skills")));
        var action = workspace.actions().raise(Action.raise(junk("Share the plan"), ann.id(), dwp.id(),
                october.id(), null, OCTOBER, OCTOBER.plusDays(14)));
        workspace.actions().addUpdate(new ActionUpdate(0, action.id(), OCTOBER.plusDays(3), ann.id(),
                junk("Draft circulated")));

        SpendingReviewPeriod period = workspace.roadmaps().periods().findAll().stream()
                .filter(p -> !p.start().isAfter(NOVEMBER) && !p.end().isBefore(NOVEMBER))
                .findFirst().orElseThrow();
        for (Organisation organisation : List.of(dwp, agency)) {
            roadmap(workspace, organisation, period);
        }
    }

    private static Meeting held(Workspace workspace, Leader ann, Leader cat, Leader bob, Organisation dwp) {
        Meeting october = workspace.meetings().save(Meeting.plan(OCTOBER, LocalTime.of(10, 0), 120,
                junk("Room 1"), bob.id(), ProtectiveMarking.OFFICIAL));
        var items = workspace.agenda().append(october.id(), List.of(item(october, ann, "Legacy IT"),
                item(october, cat, "AI assurance")));
        workspace.attendance().replace(october.id(), List.of(
                new Attendance(dwp.id(), ann.id(), AttendanceStatus.PRESENT),
                new Attendance(null, cat.id(), AttendanceStatus.IN_ATTENDANCE)));
        workspace.meetings().moveTo(october.id(), MeetingStatus.PAPERS_ISSUED);
        workspace.meetings().moveTo(october.id(), MeetingStatus.HELD);
        workspace.meetings().saveMinutes(new MeetingMinutes(october.id(), junk("Present: Ann"),
                junk("Ann declared"), items.stream().map(i -> new MeetingMinutes.ItemMinutes(i.id(),
                        junk("Members discussed"), junk("The network agreed"))).toList()));
        return october;
    }

    private static AgendaItem item(Meeting meeting, Leader presenter, String title) {
        return new AgendaItem(0, meeting.id(), 0, junk(title), ItemPurpose.DECISION, null, presenter.id(), 20, true,
                new CoverSheet(junk("Author"), junk("Sponsor"), junk("Summary"), junk("The network is asked"),
                        ProtectiveMarking.OFFICIAL));
    }

    private static void roadmap(Workspace workspace, Organisation organisation, SpendingReviewPeriod period) {
        var roadmaps = workspace.roadmaps();
        var roadmap = roadmaps.roadmaps().save(new Roadmap(0, organisation.id(), period.id(), junk("Strategy"),
                junk("Summary"), "https://example.gov.uk/" + organisation.id(), LocalDate.of(2026, 4, 1)));
        var late = roadmaps.milestones().save(new Milestone(0, roadmap.id(), junk("Replace the case system"),
                junk("Description"), junk("Deputy Director"), NOVEMBER.minusDays(40), NOVEMBER.plusDays(60), null,
                MilestoneStatus.IN_PROGRESS, DeliveryConfidence.RED, Set.of()));
        roadmaps.milestones().save(new Milestone(0, roadmap.id(), junk("Open the service"), junk("Description"),
                junk("Owner"), NOVEMBER.plusDays(10), NOVEMBER.plusDays(10), null, MilestoneStatus.NOT_STARTED,
                DeliveryConfidence.AMBER, Set.of(late.id())));
        var indicator = roadmaps.indicators().save(new Indicator(0, roadmap.id(), junk("Transactions online"),
                junk("%"), IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("40"), new BigDecimal("80"),
                LocalDate.of(2029, 3, 31)));
        Quarter quarter = Quarter.of(LocalDate.of(2026, 4, 1));
        for (int q = 0; q < 3; q++) {
            roadmaps.indicators().saveReading(new IndicatorReading(indicator.id(), quarter,
                    BigDecimal.valueOf(41 + 3L * q), junk("Reading")));
            quarter = quarter.next();
        }
        roadmaps.risks().save(new Risk(0, roadmap.id(), junk("Supplier capacity"), junk("Description"),
                junk("CDO"), 4, 5, junk("Second supplier"), RiskStatus.OPEN, NOVEMBER.minusDays(10),
                Set.of(late.id())));
    }

    private static Meeting meeting(Workspace workspace, LocalDate date) {
        return workspace.meetings().findAll().stream().filter(m -> m.date().equals(date)).findFirst().orElseThrow();
    }

    /** The text of a Word file's body, to see the planted words arrived. */
    private static String read(Path docx) throws IOException {
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private static boolean officeWanted() {
        boolean wanted = "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("secretariat.office");
        if (!wanted) {
            System.err.println("*** SKIPPED: opening the exports with LibreOffice. Run with CI=true or "
                    + "-Dsecretariat.office=true. ***");
        }
        return wanted;
    }

    /** LibreOffice converts the file to PDF, as a reader's copy of Office would open it. */
    private static void toPdf(Path exported, Path profile) throws IOException, InterruptedException {
        Path pdfFolder = Files.createDirectories(exported.resolveSibling(exported.getFileName() + "-pdf"));
        var command = List.of("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(), "--convert-to",
                "pdf", "--outdir", pdfFolder.toString(), exported.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting " + exported);
        }
        String name = exported.getFileName().toString();
        Path pdf = pdfFolder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 0, "LibreOffice could not open " + exported
                + ":\n" + output + Arrays.toString(pdfFolder.toFile().list()));
    }
}
