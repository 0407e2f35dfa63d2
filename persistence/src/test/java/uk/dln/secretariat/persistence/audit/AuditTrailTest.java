package uk.dln.secretariat.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.audit.AuditAction;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.audit.FieldChange;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.Workspace;

class AuditTrailTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 22, 12, 0);

    @TempDir
    Path folder;

    private Path file;
    private Workspace workspace;

    @BeforeEach
    void open() {
        file = folder.resolve("w.secretariat");
        workspace = Workspace.open(file, Clock.fixed(NOON.toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Organisation saveCabinetOffice() {
        return workspace.organisations().save(
                Organisation.create("Cabinet Office", "CO", OrganisationKind.MINISTERIAL_DEPARTMENT));
    }

    private List<AuditEntry> historyOf(Organisation organisation) {
        return workspace.audit().history("organisation", String.valueOf(organisation.id()));
    }

    @Test
    void theSeededSpendingReviewPeriodsHaveTheirCreationInTheAuditTrail() {
        var periods = workspace.roadmaps().periods().findAll();
        assertEquals(List.of("SR2021", "SR2025"), periods.stream().map(p -> p.code()).sorted().toList());

        for (var period : periods) {
            List<AuditEntry> history = workspace.audit().history("spending_review_period", String.valueOf(period.id()));
            assertEquals(List.of(AuditAction.CREATED), history.stream().map(AuditEntry::action).toList(), period.code());
            assertNull(history.get(0).changedBy(), "seeded by the schema, not by a person");
            assertTrue(history.get(0).changes().stream().anyMatch(change -> change.field().equals("code")
                    && period.code().equals(change.after())), history.get(0).changes().toString());
        }
    }

    @Test
    void persistenceNeverReplacesARowUnseenButUpsertsIt() throws Exception {
        Path sources = Path.of("src", "main");
        try (var files = java.nio.file.Files.walk(sources)) {
            var replacing = files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> {
                        try {
                            String text = java.nio.file.Files.readString(f).toUpperCase(java.util.Locale.ROOT);
                            return text.contains("INSERT OR REPLACE") || text.contains("REPLACE INTO");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
            assertEquals(List.of(), replacing, "a replace deletes the old row without the audit trail seeing it");
        }
    }

    @Test
    void creatingARecordRecordsWhoWhenAndEveryValue() {
        Organisation saved = saveCabinetOffice();

        AuditEntry entry = historyOf(saved).get(0);
        assertEquals(AuditAction.CREATED, entry.action());
        assertEquals(System.getProperty("user.name"), entry.changedBy());
        assertEquals(NOON, entry.changedAt());
        assertTrue(entry.changes().contains(new FieldChange("name", null, "Cabinet Office")), entry.changes()::toString);
        assertTrue(entry.changes().contains(new FieldChange("kind", null, "MINISTERIAL_DEPARTMENT")));
    }

    @Test
    void changingARecordRecordsOnlyTheFieldsThatChangedFromWhatToWhat() {
        Organisation saved = saveCabinetOffice();
        workspace.organisations().save(new Organisation(saved.id(), "Cabinet Office (HQ)", "CO",
                OrganisationKind.MINISTERIAL_DEPARTMENT, null, false, ""));

        AuditEntry entry = historyOf(saved).get(0);
        assertEquals(AuditAction.CHANGED, entry.action());
        assertEquals(List.of(new FieldChange("name", "Cabinet Office", "Cabinet Office (HQ)"),
                new FieldChange("member", "1", "0")), entry.changes());
    }

    @Test
    void savingARecordUnchangedRecordsNothing() {
        Organisation saved = saveCabinetOffice();
        workspace.organisations().save(saved);
        assertEquals(1, historyOf(saved).size());
    }

    @Test
    void deletingARecordRecordsWhatItHeld() {
        Organisation saved = saveCabinetOffice();
        workspace.organisations().delete(saved.id(), saved.version());

        List<AuditEntry> history = historyOf(saved);
        assertEquals(List.of(AuditAction.DELETED, AuditAction.CREATED), history.stream().map(AuditEntry::action).toList());
        assertTrue(history.get(0).changes().contains(new FieldChange("short_name", "CO", null)));
    }

    @Test
    void settingsAreAuditedByName() {
        workspace.settings().save(new NetworkSettings("Welsh Digital Leaders", "WDL", ProtectiveMarking.OFFICIAL));

        List<AuditEntry> history = workspace.audit().history("network_setting", "networkName");
        assertEquals(List.of(new FieldChange("value", null, "Welsh Digital Leaders")), history.get(0).changes());
    }

    @Test
    void aRefusedWriteLeavesNoTrace() {
        saveCabinetOffice();
        int before = workspace.audit().find(AuditQuery.all()).size();

        var refused = new Organisation(0, "Another", "AN", OrganisationKind.AGENCY, 999_999L, true, "");
        assertThrows(RuntimeException.class, () -> workspace.organisations().save(refused));
        assertThrows(ValidationException.class, () -> workspace.organisations().save(
                Organisation.create("Duplicate", "co", OrganisationKind.CENTRAL_UNIT)));

        assertEquals(before, workspace.audit().find(AuditQuery.all()).size());
    }

    @Test
    void anImportIsRecordedRowByRowAsOneTransaction() {
        workspace.organisations().importRows(List.of(
                new uk.dln.secretariat.model.directory.OrganisationRow(2, "Home Office", "HO",
                        OrganisationKind.MINISTERIAL_DEPARTMENT, "", true, ""),
                new uk.dln.secretariat.model.directory.OrganisationRow(3, "HM Passport Office", "HMPO",
                        OrganisationKind.AGENCY, "HO", true, "")));

        List<AuditEntry> entries = workspace.audit().find(query("organisation", null, null, null));
        assertEquals(2, entries.size());
        assertTrue(entries.stream().allMatch(e -> NOON.equals(e.changedAt())
                && System.getProperty("user.name").equals(e.changedBy())));
    }

    @Test
    void theAuditLogCannotBeChangedOrDeleted() throws Exception {
        int seeded = workspace.audit().find(AuditQuery.all()).size();
        saveCabinetOffice();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            var update = assertThrows(java.sql.SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_log SET changed_by = 'someone else'"));
            assertTrue(update.getMessage().contains("the audit log cannot be changed"), update.getMessage());
            assertThrows(java.sql.SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_log"));
        }
        assertEquals(seeded + 1, workspace.audit().find(AuditQuery.all()).size());
    }

    @Test
    void aChangeMadeOutsideTheAppIsRecordedWithNoName() throws Exception {
        Organisation saved = saveCabinetOffice();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE organisation SET notes = 'edited with another tool'");
        }

        AuditEntry entry = historyOf(saved).get(0);
        assertNull(entry.changedBy());
        assertEquals(List.of(new FieldChange("notes", "", "edited with another tool")), entry.changes());
    }

    @Test
    void recordsDeletedByACascadeAreRecordedToo() throws Exception {
        Organisation saved = saveCabinetOffice();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file + "?foreign_keys=on");
             var statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA foreign_keys = ON");
            statement.executeUpdate("INSERT INTO leader (id, name, changed_at) VALUES (7, 'Ada', '2026-11-22T12:00')");
            statement.executeUpdate("INSERT INTO membership (leader_id, organisation_id, role, valid_from, changed_at) "
                    + "VALUES (7, " + saved.id() + ", 'DIGITAL_LEADER', '2026-01-01', '2026-11-22T12:00')");
            statement.executeUpdate("DELETE FROM leader WHERE id = 7");
        }
        List<AuditEntry> memberships = workspace.audit().find(
                new AuditQuery("membership", null, null, null, null, null, 10));
        assertEquals(List.of(AuditAction.DELETED, AuditAction.CREATED),
                memberships.stream().map(AuditEntry::action).toList());
    }

    @Test
    void theCommittedFileNamesNobodyAsTheActingUser() throws Exception {
        saveCabinetOffice();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = connection.createStatement().executeQuery("SELECT count(*) FROM audit_actor")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    @Test
    void theLogFiltersByTableUserDayAndText() {
        saveCabinetOffice();
        workspace.settings().save(NetworkSettings.DEFAULTS);
        String me = System.getProperty("user.name");

        assertEquals(1, workspace.audit().find(query("organisation", null, null, null)).size());
        // One entry per stored setting, plus the organisation.
        int entries = 1 + workspace.audit().find(query("network_setting", null, null, null)).size();
        assertTrue(entries > 2);
        assertEquals(entries, workspace.audit().find(query(null, me.substring(0, 1), null, null)).size());
        assertEquals(0, workspace.audit().find(query(null, "nobody-by-this-name", null, null)).size());
        assertEquals(entries, workspace.audit().find(query(null, null, NOON.toLocalDate(), null)).size());
        assertEquals(0, workspace.audit().find(query(null, null, NOON.toLocalDate().plusDays(1), null)).size());
        assertEquals(1, workspace.audit().find(query(null, null, null, "cabinet")).size());
        assertEquals(List.of("network_setting", "organisation", "spending_review_period"), workspace.audit().tables());
    }

    private static AuditQuery query(String table, String user, LocalDate day, String text) {
        return new AuditQuery(table, null, user, day, day, text, AuditQuery.DEFAULT_LIMIT);
    }
}
