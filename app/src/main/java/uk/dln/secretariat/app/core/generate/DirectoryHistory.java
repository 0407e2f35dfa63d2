package uk.dln.secretariat.app.core.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Ten years of the directory: organisations, each with a line of Digital Leaders one after another, and deputies and
 * coordinators who come and go, some moving between organisations.
 */
final class DirectoryHistory {

    private static final String[] TOPICS = {"Education", "Health and Social Care", "Work and Pensions", "Transport",
        "Justice", "Culture, Media and Sport", "Environment, Food and Rural Affairs", "Business and Trade",
        "Energy Security", "Science, Innovation and Technology", "Housing and Communities", "Defence", "the Home Office",
        "Foreign Affairs", "Revenue and Customs"};
    private static final String[] FIRST = {"Amira", "Ben", "Carys", "Deepak", "Eilidh", "Femi", "Grace", "Hamish",
        "Ifeoma", "Jonah", "Kirsty", "Lewis", "Mei", "Niall", "Olu", "Priya", "Rhodri", "Sana", "Tom", "Una"};
    private static final String[] LAST = {"Ahmed", "Brown", "Campbell", "Davies", "Evans", "Fraser", "Gill", "Hughes",
        "Iqbal", "Jones", "Khan", "Lloyd", "Murray", "Nowak", "Okafor", "Patel", "Roberts", "Singh", "Taylor", "Wood"};

    private final WorkspaceData workspace;
    private final SteppingClock clock;
    private final Random random;
    final List<Organisation> organisations = new ArrayList<>();
    final List<Long> leaderIds = new ArrayList<>();
    int leaders;
    int memberships;
    int declarations;

    DirectoryHistory(WorkspaceData workspace, SteppingClock clock, Random random) {
        this.workspace = workspace;
        this.clock = clock;
        this.random = random;
    }

    void write(int organisationCount, int leaderCount) {
        clock.moveTo(DecadeGenerator.START);
        for (int i = 0; i < organisationCount; i++) {
            organisations.add(workspace.organisations().save(organisation(i)));
        }
        int next = 0;
        // Each organisation's Digital Leaders, one term after another through the decade.
        for (Organisation organisation : organisations) {
            LocalDate from = DecadeGenerator.START;
            while (from.isBefore(DecadeGenerator.END) && next < leaderCount) {
                LocalDate to = from.plusMonths(18 + random.nextInt(31));
                Leader leader = leader(next++, from);
                membership(leader, organisation, NetworkRole.DIGITAL_LEADER, from,
                        to.isBefore(DecadeGenerator.END) ? to : null);
                from = to.plusDays(1);
            }
        }
        // Everyone else: a deputy or coordinator for a few years; one in three then moves to another organisation.
        while (next < leaderCount) {
            LocalDate from = DecadeGenerator.START.plusDays(random.nextInt(3300));
            Leader leader = leader(next++, from);
            NetworkRole role = random.nextBoolean() ? NetworkRole.DEPUTY : NetworkRole.COORDINATOR;
            LocalDate to = from.plusMonths(12 + random.nextInt(48));
            boolean ends = to.isBefore(DecadeGenerator.END);
            membership(leader, pick(), role, from, ends ? to : null);
            if (ends && random.nextInt(3) == 0) {
                membership(leader, pick(), role, to.plusDays(1), null);
            }
        }
    }

    private Organisation organisation(int i) {
        String topic = TOPICS[i % TOPICS.length];
        String round = i < TOPICS.length ? "" : " " + (i / TOPICS.length + 1);
        String shortName = "D" + (i + 1);
        if (i % 6 == 5) {
            return new Organisation(0, topic + " Agency" + round, shortName, OrganisationKind.AGENCY,
                    organisations.get(i - 5).id(), true, "");
        }
        OrganisationKind kind = i % 6 == 4 ? OrganisationKind.NON_MINISTERIAL_DEPARTMENT
                : i % 12 == 3 ? OrganisationKind.DEVOLVED_ADMINISTRATION : OrganisationKind.MINISTERIAL_DEPARTMENT;
        return new Organisation(0, "Department for " + topic + round, shortName, kind, null, true, "");
    }

    private Leader leader(int i, LocalDate joined) {
        clock.moveTo(joined);
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        var leader = workspace.leaders().save(new Leader(0, name, "Director of Digital", "SCS" + (1 + random.nextInt(3)),
                random.nextInt(4) == 0, "person" + (i + 1) + "@example.gov.uk", ""));
        leaders++;
        leaderIds.add(leader.id());
        if (random.nextInt(3) == 0) {
            workspace.declarations().save(new Declaration(0, leader.id(), "Trustee of a digital skills charity",
                    joined, random.nextBoolean()));
            declarations++;
        }
        return leader;
    }

    private void membership(Leader leader, Organisation organisation, NetworkRole role, LocalDate from, LocalDate to) {
        clock.moveTo(from);
        workspace.memberships().save(new Membership(0, leader.id(), organisation.id(), role, from, to));
        memberships++;
    }

    private Organisation pick() {
        return organisations.get(random.nextInt(organisations.size()));
    }
}
