package uk.dln.secretariat.persistence.directory;

import static uk.dln.secretariat.persistence.jooq.Tables.MEMBERSHIP;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationRow;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.jooq.tables.records.OrganisationRecord;

/** Organisations in the workspace. Every write is one transaction and is refused whole if any part is wrong. */
public final class OrganisationRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public OrganisationRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** All organisations, by name. */
    public List<Organisation> findAll() {
        return dsl.selectFrom(ORGANISATION).orderBy(ORGANISATION.NAME).fetch(OrganisationRepository::toModel);
    }

    public Optional<Organisation> find(long id) {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(OrganisationRepository::toModel);
    }

    /**
     * Inserts a new organisation or updates a stored one; returns it as stored, at its new version. A stored one
     * claims the version it was read at: refused ({@code record.error.changedByOther}) when someone else saved it
     * since.
     */
    public Organisation save(Organisation organisation) {
        return dsl.transactionResult(tx -> store(tx.dsl(), organisation));
    }

    /**
     * Stores imported rows in one transaction: if one is refused, none is stored. A row whose parent is another row
     * is stored after it, so a file may list an agency before its department.
     */
    public List<Organisation> importRows(List<OrganisationRow> rows) {
        return dsl.transactionResult(tx -> {
            var stored = new ArrayList<Organisation>();
            var pending = new ArrayList<>(rows);
            while (!pending.isEmpty()) {
                int before = pending.size();
                for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                    OrganisationRow row = iterator.next();
                    Optional<Long> parentId = row.hasParent()
                            ? findIdByShortName(tx.dsl(), row.parentShortName()) : Optional.empty();
                    if (row.hasParent() && parentId.isEmpty()) {
                        continue;
                    }
                    stored.add(store(tx.dsl(), row.toOrganisation(parentId.orElse(null))));
                    iterator.remove();
                }
                if (pending.size() == before) {
                    OrganisationRow orphan = pending.get(0);
                    throw new ValidationException(List.of(Problem.of("parent", "import.error.unknownParent",
                            orphan.line(), orphan.parentShortName())));
                }
            }
            return stored;
        });
    }

    /**
     * Deletes an organisation that nothing refers to; refuses with a message otherwise. Claims the version it was
     * read at, so an organisation someone else changed since is not deleted unseen.
     */
    public void delete(long id, long readVersion) {
        dsl.transaction(tx -> {
            RecordVersions.claim(tx.dsl(), ORGANISATION, id, readVersion);
            int children = tx.dsl().fetchCount(ORGANISATION, ORGANISATION.PARENT_ID.eq(id));
            if (children > 0) {
                throw new ValidationException(List.of(Problem.of("parent", "organisation.error.hasChildren", children)));
            }
            int memberships = tx.dsl().fetchCount(MEMBERSHIP, MEMBERSHIP.ORGANISATION_ID.eq(id));
            if (memberships > 0) {
                throw new ValidationException(List.of(Problem.of("name", "organisation.error.hasMembers", memberships)));
            }
            tx.dsl().deleteFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).execute();
        });
    }

    private Organisation store(DSLContext tx, Organisation organisation) {
        refuseDuplicateShortName(tx, organisation);
        refuseDuplicateName(tx, organisation);
        refuseParentCycle(tx, organisation);
        OrganisationRecord record = tx.newRecord(ORGANISATION);
        record.setName(organisation.name());
        record.setShortName(organisation.shortName());
        record.setKind(organisation.kind());
        record.setParentId(organisation.parentId());
        record.setMember(organisation.member());
        record.setNotes(organisation.notes());
        record.setChangedAt(LocalDateTime.now(clock));
        if (organisation.isStored()) {
            Organisation previous = tx.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(organisation.id()))
                    .fetchOptional(OrganisationRepository::toModel)
                    .orElseThrow(() -> new ValidationException(List.of(Problem.of("name", "record.error.gone"))));
            if (previous.atVersion(organisation.version()).equals(organisation)) {
                // As stored already: nothing to overwrite, so nothing to claim or record.
                return previous;
            }
            RecordVersions.claim(tx, ORGANISATION, organisation.id(), organisation.version());
            record.setId(organisation.id());
            record.changed(ORGANISATION.ID, false);
            int updated = tx.update(ORGANISATION).set(record).where(ORGANISATION.ID.eq(organisation.id())).execute();
            if (updated == 0) {
                throw new ValidationException(List.of(Problem.of("name", "record.error.gone")));
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return organisation.atVersion(RecordVersions.current(tx, ORGANISATION, organisation.id()));
        }
        record.insert();
        return organisation.withId(record.getId());
    }

    private static void refuseDuplicateShortName(DSLContext tx, Organisation organisation) {
        var existing = findIdByShortName(tx, organisation.shortName());
        if (existing.isPresent() && existing.get() != organisation.id()) {
            throw new ValidationException(List.of(
                    Problem.of("shortName", "organisation.error.duplicateShortName", organisation.shortName())));
        }
    }

    /**
     * Two organisations with one name could not be told apart in a drop-down or a pack. Checked here rather than by
     * an index, so that a workspace that already holds a duplicate still opens and can be put right.
     */
    private static void refuseDuplicateName(DSLContext tx, Organisation organisation) {
        var other = tx.select(ORGANISATION.NAME, ORGANISATION.SHORT_NAME).from(ORGANISATION)
                .where(ORGANISATION.NAME.lower().eq(organisation.name().strip().toLowerCase(Locale.ROOT)))
                .and(organisation.isStored() ? ORGANISATION.ID.ne(organisation.id()) : org.jooq.impl.DSL.trueCondition())
                .limit(1).fetchOptional();
        if (other.isPresent()) {
            throw new ValidationException(List.of(Problem.of("name", "organisation.error.duplicateName",
                    other.get().value1(), other.get().value2())));
        }
    }

    private static void refuseParentCycle(DSLContext tx, Organisation organisation) {
        Long parent = organisation.parentId();
        int steps = 0;
        while (parent != null && organisation.isStored() && steps++ < 100) {
            if (parent == organisation.id()) {
                throw new ValidationException(List.of(Problem.of("parent", "organisation.error.parentCycle")));
            }
            parent = tx.select(ORGANISATION.PARENT_ID).from(ORGANISATION).where(ORGANISATION.ID.eq(parent))
                    .fetchOne(ORGANISATION.PARENT_ID);
        }
    }

    private static Optional<Long> findIdByShortName(DSLContext tx, String shortName) {
        return tx.select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.SHORT_NAME.lower().eq(shortName.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(ORGANISATION.ID);
    }

    static Organisation toModel(Record record) {
        OrganisationRecord row = record.into(ORGANISATION);
        return new Organisation(row.getId(), row.getName(), row.getShortName(),
                row.getKind(), row.getParentId(), row.getMember(), row.getNotes(), row.getVersion());
    }
}
