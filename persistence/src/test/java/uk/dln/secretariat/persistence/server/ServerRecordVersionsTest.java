package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.audit.RecordVersions;

/** Two people on one shared workspace, each logged in as themselves, editing the same record. */
@ExtendWith(PostgresExtension.class)
class ServerRecordVersionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void aSaveOverAnotherUsersNewerChangeIsRefusedNamingThemWhatAndWhen(TestDatabase database) throws SQLException {
        var secretariat = ServerAddress.parse(database.address());
        ServerWorkspace.open(secretariat, CLOCK).close();
        String alice = "alice_" + database.name();
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + alice + " LOGIN");
            statement.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + alice);
        }
        var aliceAddress = new ServerAddress(secretariat.host(), secretariat.port(), secretariat.database(), alice);

        try (var mine = ServerWorkspace.open(secretariat, CLOCK); var hers = ServerWorkspace.open(aliceAddress, CLOCK)) {
            var saved = mine.data().organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            long read = RecordVersions.current(mine.dsl(), ORGANISATION, saved.id());

            hers.dsl().transaction(tx -> {
                RecordVersions.claim(tx.dsl(), ORGANISATION, saved.id(), read);
                tx.dsl().update(ORGANISATION).set(ORGANISATION.NOTES, "hers").where(ORGANISATION.ID.eq(saved.id()))
                        .execute();
            });
            var refused = assertThrows(SecretariatException.class, () -> mine.dsl().transaction(tx ->
                    RecordVersions.claim(tx.dsl(), ORGANISATION, saved.id(), read)));

            assertEquals("record.error.changedByOther", refused.messageKey());
            assertEquals(List.of(alice, java.time.LocalDateTime.of(2026, 12, 3, 10, 15), "notes"), refused.arguments());
        } finally {
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.execute("DROP OWNED BY " + alice);
                statement.execute("DROP ROLE " + alice);
            }
        }
    }

    @Test
    void aChangeMadeWithoutTheAppStillRaisesTheVersionSoTheAppCannotOverwriteIt(TestDatabase database)
            throws SQLException {
        try (var workspace = ServerWorkspace.open(ServerAddress.parse(database.address()), CLOCK)) {
            var saved = workspace.data().organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            long read = RecordVersions.current(workspace.dsl(), ORGANISATION, saved.id());
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE organisation SET notes = 'from psql' WHERE id = " + saved.id());
            }

            var refused = assertThrows(SecretariatException.class, () -> workspace.dsl().transaction(tx ->
                    RecordVersions.claim(tx.dsl(), ORGANISATION, saved.id(), read)));

            assertEquals(List.of("postgres", "notes"), List.of(refused.arguments().get(0), refused.arguments().get(2)));
        }
    }
}
