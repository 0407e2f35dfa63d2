package uk.dln.secretariat.persistence.directory;

import static uk.dln.secretariat.persistence.jooq.Tables.ACTION;
import static uk.dln.secretariat.persistence.jooq.Tables.ACTION_REVISION;
import static uk.dln.secretariat.persistence.jooq.Tables.ACTION_UPDATE;
import static uk.dln.secretariat.persistence.jooq.Tables.LEADER;
import static uk.dln.secretariat.persistence.jooq.Tables.MEMBERSHIP;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.CurrentRole;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.jooq.tables.records.LeaderRecord;

/** The people in the network. */
public final class LeaderRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public LeaderRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<Leader> findAll() {
        return dsl.selectFrom(LEADER).orderBy(LEADER.NAME).fetch(LeaderRepository::toModel);
    }

    public Optional<Leader> find(long id) {
        return dsl.selectFrom(LEADER).where(LEADER.ID.eq(id)).fetchOptional(LeaderRepository::toModel);
    }

    /**
     * Every leader with the role they hold on {@code day}, in one query. A leader with several current roles is
     * listed once, under the most senior; one with none (a past leader) has null role fields.
     */
    public List<CurrentRole> findAllWithRoleOn(LocalDate day) {
        var current = MEMBERSHIP.as("current_membership");
        var rank = DSL.rowNumber().over(DSL.partitionBy(current.LEADER_ID).orderBy(
                DSL.when(current.ROLE.eq(NetworkRole.DIGITAL_LEADER), 0)
                        .when(current.ROLE.eq(NetworkRole.CHAIR), 1)
                        .when(current.ROLE.eq(NetworkRole.DEPUTY), 2).otherwise(3),
                current.VALID_FROM.desc())).as("seniority");
        var roles = DSL.select(current.LEADER_ID, current.ROLE, ORGANISATION.NAME, ORGANISATION.SHORT_NAME, rank)
                .from(current)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(current.ORGANISATION_ID))
                .where(current.VALID_FROM.le(day))
                .and(current.VALID_TO.isNull().or(current.VALID_TO.ge(day)))
                .asTable("roles");
        var leaderId = roles.field(current.LEADER_ID);
        return dsl.select(LEADER.asterisk(), roles.field(current.ROLE), roles.field(ORGANISATION.NAME),
                        roles.field(ORGANISATION.SHORT_NAME))
                .from(LEADER)
                .leftJoin(roles).on(leaderId.eq(LEADER.ID).and(roles.field(rank).eq(1)))
                .orderBy(LEADER.NAME)
                .fetch(record -> new CurrentRole(toModel(record),
                        record.get(roles.field(current.ROLE)),
                        record.get(roles.field(ORGANISATION.NAME)),
                        record.get(roles.field(ORGANISATION.SHORT_NAME))));
    }

    /**
     * Inserts a new leader or updates a stored one; returns them as stored, at their new version. A stored one claims
     * the version it was read at: refused ({@code record.error.changedByOther}) when someone else saved them since.
     */
    public Leader save(Leader leader) {
        return dsl.transactionResult(tx -> {
            if (leader.isStored()) {
                Leader previous = tx.dsl().selectFrom(LEADER).where(LEADER.ID.eq(leader.id()))
                        .fetchOptional(LeaderRepository::toModel)
                        .orElseThrow(() -> new ValidationException(List.of(Problem.of("name", "record.error.gone"))));
                if (previous.atVersion(leader.version()).equals(leader)) {
                    // As stored already: nothing to overwrite, so nothing to claim or record.
                    return previous;
                }
                RecordVersions.claim(tx.dsl(), LEADER, leader.id(), leader.version());
            }
            LeaderRecord record = tx.dsl().newRecord(LEADER);
            record.setName(leader.name());
            record.setJobTitle(leader.jobTitle());
            record.setGrade(leader.grade());
            record.setBoardMember(leader.boardMember());
            record.setEmail(leader.email());
            record.setPhone(leader.phone());
            record.setChangedAt(LocalDateTime.now(clock));
            if (!leader.isStored()) {
                record.insert();
                return leader.withId(record.getId());
            }
            record.changed(LEADER.ID, false);
            int updated = tx.dsl().update(LEADER).set(record).where(LEADER.ID.eq(leader.id())).execute();
            if (updated == 0) {
                throw new ValidationException(List.of(Problem.of("name", "record.error.gone")));
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return leader.atVersion(RecordVersions.current(tx.dsl(), LEADER, leader.id()));
        });
    }

    /**
     * Deletes a leader with their memberships and declarations (a record entered by mistake). Someone who owns
     * actions or wrote action updates is part of the record and is refused, with the count, rather than failing on
     * the schema's foreign key. Claims the version the leader was read at, so someone changed since is not deleted
     * unseen.
     */
    public void delete(long id, long readVersion) {
        dsl.transaction(tx -> {
            RecordVersions.claim(tx.dsl(), LEADER, id, readVersion);
            int actions = tx.dsl().fetchCount(ACTION, ACTION.OWNER_ID.eq(id))
                    + tx.dsl().fetchCount(ACTION_UPDATE, ACTION_UPDATE.AUTHOR_ID.eq(id))
                    + tx.dsl().fetchCount(ACTION_REVISION, ACTION_REVISION.OWNER_ID_BEFORE.eq(id));
            if (actions > 0) {
                throw new ValidationException(List.of(Problem.of("name", "leader.error.ownsActions", actions)));
            }
            tx.dsl().deleteFrom(LEADER).where(LEADER.ID.eq(id)).execute();
        });
    }

    static Leader toModel(Record record) {
        LeaderRecord row = record.into(LEADER);
        return new Leader(row.getId(), row.getName(), row.getJobTitle(), row.getGrade(), row.getBoardMember(),
                row.getEmail(), row.getPhone(), row.getVersion());
    }
}
