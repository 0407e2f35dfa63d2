package uk.dln.secretariat.persistence.toolkit;

import static uk.dln.secretariat.persistence.jooq.Tables.LEADER;
import static uk.dln.secretariat.persistence.jooq.Tables.MEMBERSHIP;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;
import static uk.dln.secretariat.persistence.jooq.Tables.ROLE_CHECK_ITEM;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.toolkit.BoardSeat;
import uk.dln.secretariat.model.toolkit.RoleCheck;
import uk.dln.secretariat.model.toolkit.RoleCheckItem;
import uk.dln.secretariat.model.toolkit.RoleExpectation;
import uk.dln.secretariat.persistence.audit.RecordVersions;

/**
 * The Digital Leader role check of every member organisation, read in three queries: the members, what has been
 * recorded, and each one's current Digital Leader from the directory.
 */
public final class RoleCheckRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public RoleCheckRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The checks of the member departments and devolved administrations, by short name, as at today. */
    public List<RoleCheck> checks() {
        LocalDate today = LocalDate.now(clock);
        var organisations = dsl.selectFrom(ORGANISATION).where(ORGANISATION.MEMBER.isTrue())
                .and(ORGANISATION.KIND.ne(OrganisationKind.AGENCY))
                .orderBy(ORGANISATION.SHORT_NAME)
                .fetch(r -> new Organisation(r.getId(), r.getName(), r.getShortName(),
                        r.getKind(), r.getParentId(), r.getMember(), r.getNotes(), r.getVersion()));
        Map<Long, List<RoleCheckItem>> items = new HashMap<>();
        dsl.selectFrom(ROLE_CHECK_ITEM).fetch(r -> new RoleCheckItem(r.getOrganisationId(),
                        r.getExpectation(), r.getMetOn(), r.getEvidence(), r.getId(), r.getVersion()))
                .forEach(item -> items.computeIfAbsent(item.organisationId(), id -> new ArrayList<>()).add(item));
        Map<Long, BoardSeat> seats = new HashMap<>();
        dsl.select(MEMBERSHIP.ORGANISATION_ID, LEADER.NAME, LEADER.GRADE, LEADER.BOARD_MEMBER)
                .from(MEMBERSHIP).join(LEADER).on(LEADER.ID.eq(MEMBERSHIP.LEADER_ID))
                .where(MEMBERSHIP.ROLE.eq(NetworkRole.DIGITAL_LEADER))
                .and(MEMBERSHIP.VALID_FROM.le(today))
                .and(MEMBERSHIP.VALID_TO.isNull().or(MEMBERSHIP.VALID_TO.ge(today)))
                .fetch()
                .forEach(r -> seats.put(r.value1(), new BoardSeat(r.value2(), r.value3(), r.value4())));
        return organisations.stream().map(o -> new RoleCheck(o, items.getOrDefault(o.id(), List.of()),
                seats.getOrDefault(o.id(), BoardSeat.VACANT))).toList();
    }

    /**
     * Records when an expectation was met and the evidence; a null date records it as not in place. Claims the
     * version the item was read at (0 when it was not recorded yet; a stored item counts from 1): refused
     * ({@code record.error.changedByOther}) when someone else recorded it since.
     */
    public void record(RoleCheckItem item) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            var member = tx.select(ORGANISATION.MEMBER, ORGANISATION.KIND, ORGANISATION.SHORT_NAME)
                    .from(ORGANISATION).where(ORGANISATION.ID.eq(item.organisationId())).fetchOne();
            if (member == null || !member.value1()) {
                throw new ValidationException(List.of(Problem.of("organisation", "toolkit.error.notAMember",
                        member == null ? String.valueOf(item.organisationId()) : member.value3())));
            }
            if (!RoleExpectation.forKind(member.value2()).contains(item.expectation())) {
                throw new ValidationException(List.of(Problem.of("expectation", "toolkit.error.notExpected")));
            }
            var stored = tx.select(ROLE_CHECK_ITEM.ID).from(ROLE_CHECK_ITEM)
                    .where(ROLE_CHECK_ITEM.ORGANISATION_ID.eq(item.organisationId()))
                    .and(ROLE_CHECK_ITEM.EXPECTATION.eq(item.expectation()))
                    .fetchOptional(ROLE_CHECK_ITEM.ID);
            if (stored.isPresent()) {
                RecordVersions.claim(tx, ROLE_CHECK_ITEM, stored.get(), item.version());
            } else if (item.version() > 0) {
                throw new ValidationException(List.of(Problem.of("expectation", "record.error.gone")));
            }
            LocalDateTime now = LocalDateTime.now(clock);
            tx.insertInto(ROLE_CHECK_ITEM)
                    .set(ROLE_CHECK_ITEM.ORGANISATION_ID, item.organisationId())
                    .set(ROLE_CHECK_ITEM.EXPECTATION, item.expectation())
                    .set(ROLE_CHECK_ITEM.MET_ON, item.metOn())
                    .set(ROLE_CHECK_ITEM.EVIDENCE, item.evidence())
                    .set(ROLE_CHECK_ITEM.CHANGED_AT, now)
                    .set(ROLE_CHECK_ITEM.VERSION, 1L)
                    .onConflict(ROLE_CHECK_ITEM.ORGANISATION_ID, ROLE_CHECK_ITEM.EXPECTATION)
                    .doUpdate()
                    .set(ROLE_CHECK_ITEM.MET_ON, item.metOn())
                    .set(ROLE_CHECK_ITEM.EVIDENCE, item.evidence())
                    .set(ROLE_CHECK_ITEM.CHANGED_AT, now)
                    .execute();
        });
    }
}
