package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.audit.AuditStamping;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.directory.OrganisationRepository;

/** Optimistic locking on a workspace file; ServerRecordVersionsTest does the same between two server users. */
class RecordVersionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aSaveClaimingTheVersionItReadRaisesIt() {
        try (var workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK)) {
            var saved = workspace.organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            long read = RecordVersions.current(workspace.dsl(), ORGANISATION, saved.id());

            long claimed = workspace.dsl().transactionResult(tx ->
                    RecordVersions.claim(tx.dsl(), ORGANISATION, saved.id(), read));

            assertEquals(read + 1, claimed);
            assertEquals(claimed, RecordVersions.current(workspace.dsl(), ORGANISATION, saved.id()));
        }
    }

    @Test
    void savingOverANewerChangeIsRefusedNamingWhoChangedWhatAndWhen() {
        try (var workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK)) {
            var saved = workspace.organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            long read = RecordVersions.current(workspace.dsl(), ORGANISATION, saved.id());
            // Someone else's save, made while the first editor still shows the record as it was.
            new OrganisationRepository(workspace.dsl(), CLOCK).save(new Organisation(saved.id(), saved.name(),
                    saved.shortName(), saved.kind(), null, true, "their notes", read));

            var refused = assertThrows(SecretariatException.class, () -> workspace.dsl().transaction(tx ->
                    RecordVersions.claim(tx.dsl(), ORGANISATION, saved.id(), read)));

            assertEquals("record.error.changedByOther", refused.messageKey());
            assertEquals(List.of(AuditStamping.currentUser(), java.time.LocalDateTime.of(2026, 12, 3, 10, 15), "notes"), refused.arguments());
            assertEquals("their notes", workspace.organisations().find(saved.id()).orElseThrow().notes());
        }
    }
}
