package uk.dln.secretariat.persistence.directory;

import static uk.dln.secretariat.persistence.jooq.Tables.LEADER;
import static uk.dln.secretariat.persistence.jooq.Tables.MEMBERSHIP;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.DirectoryChange;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.MembershipView;
import uk.dln.secretariat.model.directory.NetworkGlance;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.jooq.tables.records.MembershipRecord;

/** Who held which role where, and when: the membership history of leaders and organisations. */
public final class MembershipRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public MembershipRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A leader's history, newest first. */
    public List<MembershipView> forLeader(long leaderId) {
        return views(MEMBERSHIP.LEADER_ID.eq(leaderId));
    }

    /** An organisation's history of leaders, newest first. */
    public List<MembershipView> forOrganisation(long organisationId) {
        return views(MEMBERSHIP.ORGANISATION_ID.eq(organisationId));
    }

    /** The Digital Leader of each organisation that has one on {@code day}: organisation id to leader's name. */
    public Map<Long, String> digitalLeadersOn(LocalDate day) {
        return dsl.select(MEMBERSHIP.ORGANISATION_ID, LEADER.NAME)
                .from(MEMBERSHIP).join(LEADER).on(LEADER.ID.eq(MEMBERSHIP.LEADER_ID))
                .where(MEMBERSHIP.ROLE.eq(NetworkRole.DIGITAL_LEADER))
                .and(currentOn(day))
                .fetchMap(MEMBERSHIP.ORGANISATION_ID, LEADER.NAME);
    }

    /**
     * Stores a membership. A Digital Leader term that overlaps another at the same organisation is refused, naming
     * the other leader and their dates, and nothing is stored. A stored one claims the version it was read at:
     * refused ({@code record.error.changedByOther}) when someone else saved it since.
     */
    public Membership save(Membership membership) {
        return dsl.transactionResult(tx -> {
            if (membership.id() != 0) {
                Membership previous = tx.dsl().selectFrom(MEMBERSHIP).where(MEMBERSHIP.ID.eq(membership.id()))
                        .fetchOptional(MembershipRepository::toModel)
                        .orElseThrow(() -> new ValidationException(List.of(Problem.of("role", "record.error.gone"))));
                if (previous.atVersion(membership.version()).equals(membership)) {
                    // As stored already: nothing to overwrite, so nothing to claim or record.
                    return previous;
                }
                RecordVersions.claim(tx.dsl(), MEMBERSHIP, membership.id(), membership.version());
            }
            if (membership.role().isExclusive()) {
                refuseOverlap(tx.dsl(), membership);
            }
            MembershipRecord record = tx.dsl().newRecord(MEMBERSHIP);
            record.setLeaderId(membership.leaderId());
            record.setOrganisationId(membership.organisationId());
            record.setRole(membership.role());
            record.setValidFrom(membership.validFrom());
            record.setValidTo(membership.validTo());
            record.setChangedAt(LocalDateTime.now(clock));
            if (membership.id() == 0) {
                record.insert();
                return membership.withId(record.getId());
            }
            record.changed(MEMBERSHIP.ID, false);
            int updated = tx.dsl().update(MEMBERSHIP).set(record).where(MEMBERSHIP.ID.eq(membership.id())).execute();
            if (updated == 0) {
                throw new ValidationException(List.of(Problem.of("role", "record.error.gone")));
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return membership.atVersion(RecordVersions.current(tx.dsl(), MEMBERSHIP, membership.id()));
        });
    }

    /** Deletes a membership, claiming the version it was read at: one someone else changed since is not deleted. */
    public void delete(long id, long readVersion) {
        dsl.transaction(tx -> {
            RecordVersions.claim(tx.dsl(), MEMBERSHIP, id, readVersion);
            tx.dsl().deleteFrom(MEMBERSHIP).where(MEMBERSHIP.ID.eq(id)).execute();
        });
    }

    /**
     * The network at a glance on {@code day}: member organisations, those without a current Digital Leader, and
     * roles begun or ended in the {@code recentDays} before it.
     */
    public NetworkGlance glance(LocalDate day, int recentDays) {
        var hasLeader = dsl.selectOne().from(MEMBERSHIP)
                .where(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID))
                .and(MEMBERSHIP.ROLE.eq(NetworkRole.DIGITAL_LEADER))
                .and(currentOn(day));
        int members = dsl.fetchCount(ORGANISATION, ORGANISATION.MEMBER.isTrue());
        var gaps = dsl.selectFrom(ORGANISATION)
                .where(ORGANISATION.MEMBER.isTrue()).andNotExists(hasLeader)
                .orderBy(ORGANISATION.NAME)
                .fetch(OrganisationRepository::toModel);
        LocalDate since = day.minusDays(recentDays);
        var changes = new ArrayList<DirectoryChange>();
        for (MembershipView view : views(MEMBERSHIP.VALID_FROM.between(since, day)
                .or(MEMBERSHIP.VALID_TO.between(since, day)))) {
            Membership m = view.membership();
            if (!m.validFrom().isBefore(since) && !m.validFrom().isAfter(day)) {
                changes.add(new DirectoryChange(m.validFrom(), true, view));
            }
            if (m.validTo() != null && !m.validTo().isBefore(since) && !m.validTo().isAfter(day)) {
                changes.add(new DirectoryChange(m.validTo(), false, view));
            }
        }
        changes.sort(Comparator.comparing(DirectoryChange::on).reversed());
        return new NetworkGlance(members, gaps, changes);
    }

    private static Condition currentOn(LocalDate day) {
        return MEMBERSHIP.VALID_FROM.le(day).and(MEMBERSHIP.VALID_TO.isNull().or(MEMBERSHIP.VALID_TO.ge(day)));
    }

    private void refuseOverlap(DSLContext tx, Membership membership) {
        LocalDate end = membership.validTo() == null ? LocalDate.of(9999, 12, 31) : membership.validTo();
        var clash = views(tx, MEMBERSHIP.ORGANISATION_ID.eq(membership.organisationId())
                .and(MEMBERSHIP.ROLE.eq(membership.role()))
                .and(MEMBERSHIP.ID.ne(membership.id()))
                .and(MEMBERSHIP.VALID_FROM.le(end))
                .and(MEMBERSHIP.VALID_TO.isNull().or(MEMBERSHIP.VALID_TO.ge(membership.validFrom()))));
        if (!clash.isEmpty()) {
            MembershipView other = clash.get(0);
            Membership m = other.membership();
            throw new ValidationException(List.of(Problem.of("validFrom", "membership.error.overlap",
                    other.leaderName(), other.organisationShortName(), m.validFrom(),
                    m.validTo() == null ? "" : m.validTo())));
        }
    }

    private List<MembershipView> views(Condition condition) {
        return views(dsl, condition);
    }

    private static List<MembershipView> views(DSLContext context, Condition condition) {
        return context.select(MEMBERSHIP.asterisk(), LEADER.NAME, ORGANISATION.NAME, ORGANISATION.SHORT_NAME)
                .from(MEMBERSHIP)
                .join(LEADER).on(LEADER.ID.eq(MEMBERSHIP.LEADER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .where(condition)
                .orderBy(MEMBERSHIP.VALID_FROM.desc(), LEADER.NAME)
                .fetch(MembershipRepository::toView);
    }

    private static Membership toModel(Record record) {
        MembershipRecord row = record.into(MEMBERSHIP);
        return new Membership(row.getId(), row.getLeaderId(), row.getOrganisationId(), row.getRole(),
                row.getValidFrom(), row.getValidTo(), row.getVersion());
    }

    private static MembershipView toView(Record record) {
        var membership = toModel(record);
        return new MembershipView(membership, record.get(LEADER.NAME), record.get(ORGANISATION.NAME),
                record.get(ORGANISATION.SHORT_NAME));
    }
}
