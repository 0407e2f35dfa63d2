package uk.dln.secretariat.app.core.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Invented people for the demonstration directory: a Digital Leader for every member organisation, deputies,
 * coordinators, a chair, the secretariat, some past leaders and a few declarations. The same every time.
 */
final class DemoDirectory {

    private static final List<String> FIRST = List.of("Alex", "Priya", "Tom", "Fiona", "Daniel", "Aisha", "Rhys",
            "Morag", "Kwame", "Sarah", "Ciaran", "Helen", "Oliver", "Nadia", "Gareth", "Leila", "James", "Bronwen",
            "Samuel", "Ruth", "Imran", "Catriona", "Ben", "Grace", "Owen", "Hannah", "Marcus", "Eilidh", "Ravi",
            "Joanna", "Lewis", "Meera");
    private static final List<String> LAST = List.of("Morgan", "Shah", "Fletcher", "MacLeod", "Okafor", "Hughes",
            "Campbell", "Patel", "Davies", "O'Neill", "Thompson", "Rahman", "Evans", "Stewart", "Mensah", "Williams",
            "Clarke", "Ahmed", "Jenkins", "Fraser", "Turner", "Price", "Baker", "Lloyd", "Hussain", "Kerr", "Walsh",
            "Bennett", "Murray", "Ellis", "Quinn", "Griffiths");

    private static final List<String> INTERESTS = List.of("Trustee of a digital-inclusion charity",
            "Shareholding in a cloud hosting company (held in a blind trust)",
            "Non-executive director of a university spin-out working on identity verification",
            "Close relative works for a supplier on the departmental technology framework",
            "Member of an advisory board on public-sector AI adoption",
            "Unpaid adviser to a civic-tech start-up");

    private final WorkspaceData workspace;
    private final LocalDate today;
    private int person;

    DemoDirectory(WorkspaceData workspace, LocalDate today) {
        this.workspace = workspace;
        this.today = today;
    }

    /** Adds the people, unless the workspace already has some. @return how many leaders were added */
    int fill() {
        if (!workspace.leaders().findAll().isEmpty()) {
            return 0;
        }
        List<Organisation> organisations = workspace.organisations().findAll();
        int index = 0;
        for (Organisation organisation : organisations) {
            if (organisation.member()) {
                fillOrganisation(organisation, index++);
            }
        }
        organisations.stream().filter(o -> o.kind() == OrganisationKind.CENTRAL_UNIT).findFirst()
                .ifPresent(this::fillCentralTeam);
        return person;
    }

    private void fillOrganisation(Organisation organisation, int index) {
        // Every fourth organisation changed its Digital Leader last year, so history has something to show.
        LocalDate leaderSince = today.minusMonths(8 + (index * 7L) % 40);
        if (index % 4 == 0) {
            var past = leader("Director General, Digital and Data", "Director General", true, organisation);
            membership(past, organisation, NetworkRole.DIGITAL_LEADER, leaderSince.minusYears(3),
                    leaderSince.minusDays(1));
        }
        // One in nine organisations has a vacancy: its leader left recently and no successor is named yet.
        boolean vacant = index % 9 == 5;
        var digitalLeader = leader(index % 3 == 0 ? "Chief Digital and Information Officer"
                : "Director General, Digital", index % 3 == 0 ? "Director" : "Director General", true, organisation);
        membership(digitalLeader, organisation, NetworkRole.DIGITAL_LEADER, leaderSince,
                vacant ? today.minusDays(20 + index) : null);
        var deputy = leader("Director of Digital Services", "Director", false, organisation);
        membership(deputy, organisation, NetworkRole.DEPUTY, leaderSince.plusMonths(1), null);
        var coordinator = leader("Head of Digital Strategy", "Grade 6", false, organisation);
        membership(coordinator, organisation, NetworkRole.COORDINATOR, today.minusDays(10 + index * 11L % 300), null);
        if (index % 5 == 2) {
            workspace.declarations().save(new Declaration(0, digitalLeader.id(),
                    INTERESTS.get(index / 5 % INTERESTS.size()), today.minusMonths(2 + index % 7), true));
        }
    }

    private void fillCentralTeam(Organisation centre) {
        var chair = leader("Director, Government Digital Service", "Director General", true, centre);
        membership(chair, centre, NetworkRole.CHAIR, today.minusYears(2), null);
        for (int i = 0; i < 2; i++) {
            var secretary = leader("Network Secretariat", i == 0 ? "Grade 7" : "Senior Executive Officer", false,
                    centre);
            membership(secretary, centre, NetworkRole.SECRETARIAT, today.minusMonths(14 + i * 5L), null);
        }
        var guest = leader("Chief Technology Officer, Central Digital and Data Office", "Director", false, centre);
        membership(guest, centre, NetworkRole.GUEST, today.minusMonths(3), null);
        workspace.declarations().save(new Declaration(0, chair.id(),
                "Spouse employed by a supplier on the Digital Outcomes framework", today.minusYears(1), true));
    }

    private Leader leader(String jobTitle, String grade, boolean board, Organisation organisation) {
        String first = FIRST.get(person % FIRST.size());
        // The second index shifts each time the first names wrap round, so no two people share a name.
        String last = LAST.get((person * 7 + 3 + person / FIRST.size()) % LAST.size());
        person++;
        String domain = organisation.shortName().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".gov.uk";
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@" + domain;
        return workspace.leaders().save(new Leader(0, first + " " + last, jobTitle, grade, board, email,
                "020 7946 " + String.format(Locale.ROOT, "%04d", 100 + person * 37 % 9000)));
    }

    private void membership(Leader leader, Organisation organisation, NetworkRole role, LocalDate from,
                            LocalDate to) {
        workspace.memberships().save(new Membership(0, leader.id(), organisation.id(), role, from, to));
    }
}
