package uk.dln.secretariat.persistence.directory;

import static uk.dln.secretariat.persistence.jooq.Tables.DECLARATION;
import static uk.dln.secretariat.persistence.jooq.Tables.LEADER;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.jooq.tables.records.DeclarationRecord;

/** The register of declared interests. */
public final class DeclarationRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public DeclarationRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The whole register, newest first. */
    public List<DeclarationEntry> register() {
        return dsl.select(DECLARATION.asterisk(), LEADER.NAME)
                .from(DECLARATION).join(LEADER).on(LEADER.ID.eq(DECLARATION.LEADER_ID))
                .orderBy(DECLARATION.DECLARED_ON.desc(), LEADER.NAME)
                .fetch(record -> new DeclarationEntry(toModel(record), record.get(LEADER.NAME)));
    }

    public List<Declaration> forLeader(long leaderId) {
        return dsl.selectFrom(DECLARATION).where(DECLARATION.LEADER_ID.eq(leaderId))
                .orderBy(DECLARATION.DECLARED_ON.desc()).fetch(DeclarationRepository::toModel);
    }

    /**
     * Inserts a new declaration or updates a stored one; returns it as stored, at its new version. A stored one
     * claims the version it was read at: refused ({@code record.error.changedByOther}) when someone else saved it
     * since.
     */
    public Declaration save(Declaration declaration) {
        return dsl.transactionResult(tx -> {
            if (declaration.id() != 0) {
                Declaration previous = tx.dsl().selectFrom(DECLARATION).where(DECLARATION.ID.eq(declaration.id()))
                        .fetchOptional(DeclarationRepository::toModel)
                        .orElseThrow(() -> new ValidationException(
                                List.of(Problem.of("interest", "record.error.gone"))));
                if (previous.atVersion(declaration.version()).equals(declaration)) {
                    // As stored already: nothing to overwrite, so nothing to claim or record.
                    return previous;
                }
                RecordVersions.claim(tx.dsl(), DECLARATION, declaration.id(), declaration.version());
            }
            DeclarationRecord record = tx.dsl().newRecord(DECLARATION);
            record.setLeaderId(declaration.leaderId());
            record.setInterest(declaration.interest());
            record.setDeclaredOn(declaration.declaredOn());
            record.setCurrent(declaration.current());
            record.setChangedAt(LocalDateTime.now(clock));
            if (declaration.id() == 0) {
                record.insert();
                return declaration.withId(record.getId());
            }
            record.changed(DECLARATION.ID, false);
            if (tx.dsl().update(DECLARATION).set(record).where(DECLARATION.ID.eq(declaration.id())).execute() == 0) {
                throw new ValidationException(List.of(Problem.of("interest", "record.error.gone")));
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return declaration.atVersion(RecordVersions.current(tx.dsl(), DECLARATION, declaration.id()));
        });
    }

    static Declaration toModel(Record record) {
        DeclarationRecord row = record.into(DECLARATION);
        return new Declaration(row.getId(), row.getLeaderId(), row.getInterest(), row.getDeclaredOn(),
                row.getCurrent(), row.getVersion());
    }
}
