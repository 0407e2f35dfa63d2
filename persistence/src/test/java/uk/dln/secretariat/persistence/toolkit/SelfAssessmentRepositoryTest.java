package uk.dln.secretariat.persistence.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoleCheckItem;
import uk.dln.secretariat.model.toolkit.RoleExpectation;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.persistence.Workspace;

class SelfAssessmentRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @TempDir
    Path folder;

    private Workspace workspace;
    private SelfAssessmentRepository repository;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.secretariat"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        repository = workspace.selfAssessment();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Organisation department(String shortName) {
        return workspace.organisations().save(Organisation.create("Department " + shortName, shortName,
                OrganisationKind.MINISTERIAL_DEPARTMENT));
    }

    @Test
    void theWorkspaceShipsTheToolkitExactlyAsTheReferenceListHasIt() throws IOException {
        // The reference list is the source; the migration carries a copy into every workspace.
        Path maintained = maintainedToolkit();
        assumeTrue(maintained != null, "the maintained reference list sits beside the project in CI");
        var lines = Files.readAllLines(maintained);
        var expected = new ArrayList<String>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                var cells = line.split(",", 4);
                expected.add(cells[2] + "|" + cells[0] + "|" + cells[1] + "|" + cells[3]);
            }
        }
        var shipped = repository.approaches().stream()
                .map(a -> a.code() + "|" + a.finding() + "|" + a.findingTitle() + "|" + a.title()).toList();
        assertEquals(expected, shipped);
        assertEquals(21, shipped.size());
    }

    /** The maintained reference list in a {@code shared} folder beside the project or one of its parents. */
    private static Path maintainedToolkit() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared/reference/toolkit.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void aRatingIsKeptPerRoundAndARatingAgainReplacesItInTheSameRound() {
        var dsit = department("DSIT");
        var approach = repository.approaches().get(0);
        var autumn = repository.open(SelfAssessmentRound.open("Autumn 2026", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1)));
        var spring = repository.open(SelfAssessmentRound.open("Spring 2027", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1)));
        repository.rate(ApproachRating.of(autumn.id(), dsit.id(), approach.id(), MaturityLevel.DEVELOPING, "Draft"));
        repository.rate(ApproachRating.of(spring.id(), dsit.id(), approach.id(), MaturityLevel.DEVELOPING, "First"));
        var shown = repository.ratings(spring.id()).get(0);
        repository.rate(new ApproachRating(spring.id(), dsit.id(), approach.id(), MaturityLevel.EMBEDDED, "",
                "Strategy signed off by the board", "Review in a year", "Chief Digital Officer",
                LocalDate.of(2027, 12, 1), shown.id(), shown.version()));

        var map = repository.heatMap(spring.id()).orElseThrow();

        var rating = map.rating(dsit.id(), approach.id()).orElseThrow();
        assertEquals(MaturityLevel.EMBEDDED, rating.level());
        assertEquals("Strategy signed off by the board", rating.evidence());
        assertEquals(LocalDate.of(2027, 12, 1), rating.targetOn());
        assertEquals(1, map.ratings().size());
        assertEquals(OptionalInt.of(2), map.movement(dsit.id(), approach.id()));
        assertEquals(MaturityLevel.DEVELOPING, repository.ratings(autumn.id()).get(0).level());
    }

    @Test
    void aFirstRatingKeepsEveryFieldItWasGiven() {
        var dsit = department("DSIT");
        var round = repository.open(SelfAssessmentRound.open("Spring 2027", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1)));
        var rating = new ApproachRating(round.id(), dsit.id(), repository.approaches().get(0).id(),
                MaturityLevel.EMBEDDED, "", "Strategy owned jointly", "Peer review", "Chief Digital Officer",
                LocalDate.of(2027, 9, 1));

        repository.rate(rating);

        var stored = repository.ratings(round.id());
        // Stored, a rating has its row and counts its versions from 1.
        assertEquals(List.of(rating.stored(stored.get(0).id(), 1)), stored);
    }

    @Test
    void aClosedRoundRefusesRatingsNamingTheRound() {
        var dsit = department("DSIT");
        var round = repository.open(SelfAssessmentRound.open("Spring 2027", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1)));
        repository.setClosed(round.id(), true);

        var refused = assertThrows(ValidationException.class, () -> repository.rate(ApproachRating.of(round.id(),
                dsit.id(), repository.approaches().get(0).id(), MaturityLevel.EMBEDDED, "")));

        assertEquals("round", refused.problems().get(0).field());
        assertTrue(repository.ratings(round.id()).isEmpty());
    }

    @Test
    void anOrganisationThatIsNotAMemberIsRefusedNamingTheOrganisationAndNothingOfTheBatchIsStored() {
        var dsit = department("DSIT");
        var guest = workspace.organisations().save(new Organisation(0, "Guest body", "GUEST",
                OrganisationKind.CENTRAL_UNIT, null, false, ""));
        var round = repository.open(SelfAssessmentRound.open("Spring 2027", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1)));
        long approach = repository.approaches().get(0).id();

        var refused = assertThrows(ValidationException.class, () -> repository.rateAll(List.of(
                ApproachRating.of(round.id(), dsit.id(), approach, MaturityLevel.EMBEDDED, ""),
                ApproachRating.of(round.id(), guest.id(), approach, MaturityLevel.EMBEDDED, ""))));

        assertEquals("organisation", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).arguments().contains("GUEST"));
        assertTrue(repository.ratings(round.id()).isEmpty());
    }

    @Test
    void aRoundNameCanBeUsedOnlyOnce() {
        repository.open(SelfAssessmentRound.open("Spring 2027", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1)));

        var refused = assertThrows(ValidationException.class, () -> repository.open(SelfAssessmentRound.open(
                "spring 2027", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 4, 1))));

        assertEquals("name", refused.problems().get(0).field());
    }

    @Test
    void theRoleCheckReadsTheBoardSeatFromTheDirectoryAndKeepsWhatIsRecorded() {
        var dsit = department("DSIT");
        var wales = workspace.organisations().save(Organisation.create("Welsh Government", "WG",
                OrganisationKind.DEVOLVED_ADMINISTRATION));
        var leader = workspace.leaders().save(new Leader(0, "Ada Lovelace", "Chief Digital Officer",
                "Director General", true, "", ""));
        workspace.memberships().save(new Membership(0, leader.id(), dsit.id(), NetworkRole.DIGITAL_LEADER,
                LocalDate.of(2026, 1, 1), null));
        var checks = workspace.roleChecks();
        checks.record(new RoleCheckItem(dsit.id(), RoleExpectation.STRATEGY_AGREED, LocalDate.of(2026, 6, 1),
                "Strategy published"));

        var all = checks.checks();

        assertEquals(List.of("DSIT", "WG"), all.stream().map(c -> c.organisation().shortName()).toList());
        assertEquals(List.of(RoleExpectation.ROADMAP_EMBEDDED, RoleExpectation.INDICATORS_AGREED,
                RoleExpectation.SKILLED_STAFF, RoleExpectation.DELIVERY_OVERSIGHT), all.get(0).gaps());
        assertEquals(3, all.get(1).gaps().size());
        var refused = assertThrows(ValidationException.class, () -> checks.record(new RoleCheckItem(wales.id(),
                RoleExpectation.STRATEGY_AGREED, TODAY, "")));
        assertEquals("expectation", refused.problems().get(0).field());
    }
}
