package uk.dln.secretariat.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.Workspace;

class AuditLogViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private Organisation homeOffice;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
        homeOffice = workspace.organisations().save(
                Organisation.create("Home Office", "HO", OrganisationKind.MINISTERIAL_DEPARTMENT));
        workspace.organisations().save(new Organisation(homeOffice.id(), "Home Office", "HO",
                OrganisationKind.MINISTERIAL_DEPARTMENT, null, false, "Left the network"));
        workspace.settings().save(NetworkSettings.DEFAULTS);
    }

    /** The creation of the two Spending Review periods every new workspace starts with. */
    private static final int SEEDED_PERIODS = 2;

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theLogShowsEveryChangeNewestFirstInWords() {
        var viewModel = AuditLogViewModel.forLog(workspace.data(), new SameThreadTaskExecutor());
        viewModel.load();

        int total = 2 + settingEntries() + SEEDED_PERIODS;
        assertEquals(total, viewModel.rows().size());
        AuditRow change = viewModel.rows().stream().filter(row -> row.action().equals("Changed")
                && row.record().startsWith("Organisation")).findFirst().orElseThrow();
        assertEquals("Changed", change.action());
        assertEquals("Organisation: Home Office (HO)", change.record());
        assertEquals(System.getProperty("user.name"), change.who());
        assertEquals("member: \u201c1\u201d \u2192 \u201c0\u201d\nnotes: \u201c\u201d \u2192 \u201cLeft the network\u201d",
                change.changes());
        assertEquals(java.util.List.of("network_setting", "organisation", "spending_review_period"),
                viewModel.tables());
        assertTrue(viewModel.summaryProperty().get().contains(String.valueOf(total)), viewModel.summaryProperty().get());
    }

    @Test
    void eachFilterNarrowsTheLogAtOnce() {
        var viewModel = AuditLogViewModel.forLog(workspace.data(), new SameThreadTaskExecutor());
        viewModel.load();

        viewModel.tableProperty().set("organisation");
        assertEquals(2, viewModel.rows().size());
        viewModel.textProperty().set("left the");
        assertEquals(1, viewModel.rows().size());
        viewModel.clearFilters();
        viewModel.fromProperty().set(LocalDate.now().plusDays(1));
        assertEquals(0, viewModel.rows().size());
        assertEquals("No changes match these filters.", viewModel.summaryProperty().get());
        viewModel.clearFilters();
        assertEquals(2 + settingEntries() + SEEDED_PERIODS, viewModel.rows().size());
    }

    /** One entry per stored network setting: features add settings, so the count is read, not assumed. */
    private int settingEntries() {
        var settings = AuditLogViewModel.forLog(workspace.data(), new SameThreadTaskExecutor());
        settings.load();
        settings.tableProperty().set("network_setting");
        return settings.rows().size();
    }

    @Test
    void aRecordsHistoryShowsOnlyThatRecord() {
        var viewModel = AuditLogViewModel.forRecord(workspace.data(), new SameThreadTaskExecutor(), "organisation",
                String.valueOf(homeOffice.id()));
        viewModel.load();

        assertTrue(viewModel.isForOneRecord());
        assertEquals(java.util.List.of("Changed", "Created"), viewModel.rows().stream().map(AuditRow::action).toList());
    }

    @Test
    void aChangeMadeOutsideTheAppSaysSoInsteadOfAName() {
        var entry = new uk.dln.secretariat.model.audit.AuditEntry(1, java.time.LocalDateTime.of(2026, 11, 22, 9, 30),
                null, "leader", "7", uk.dln.secretariat.model.audit.AuditAction.DELETED,
                java.util.List.of(new uk.dln.secretariat.model.audit.FieldChange("name", "Ada", null)));

        AuditRow row = AuditRow.of(entry);

        assertEquals("Outside Secretariat", row.who());
        assertEquals("Leader 7", row.record());
        assertEquals("name: \u201cAda\u201d \u2192 (none)", row.changes());
    }

    @Test
    void theLogShowsNamesAndWordsInPlaceOfIdsAndCodes() {
        var kind = uk.dln.secretariat.model.directory.OrganisationKind.MINISTERIAL_DEPARTMENT;
        var dsit = workspace.organisations().save(uk.dln.secretariat.model.directory.Organisation.create(
                "Department for Science", "DSIT", kind));
        var cabinetOffice = workspace.organisations().save(uk.dln.secretariat.model.directory.Organisation.create(
                "Cabinet Office", "CO", kind));
        var agency = workspace.organisations().save(new uk.dln.secretariat.model.directory.Organisation(0,
                "Met Office", "MO", uk.dln.secretariat.model.directory.OrganisationKind.AGENCY, dsit.id(), true, ""));
        workspace.organisations().save(agency.withParent(cabinetOffice.id()));
        var viewModel = AuditLogViewModel.forRecord(workspace.data(), new SameThreadTaskExecutor(), "organisation",
                String.valueOf(agency.id()));

        viewModel.load();

        AuditRow changed = viewModel.rows().get(0);
        assertEquals("Organisation: Met Office (MO)", changed.record());
        assertEquals("parent: \u201cDepartment for Science (DSIT)\u201d \u2192 \u201cCabinet Office (CO)\u201d",
                changed.changes());
        AuditRow created = viewModel.rows().get(1);
        assertTrue(created.changes().contains("kind: (none) \u2192 \u201cAgency or arm's-length body\u201d"),
                created.changes());
    }
}
