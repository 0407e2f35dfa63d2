package uk.dln.secretariat.model.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

class RoleCheckTest {

    private static final Organisation DSIT = Organisation.create("Department for Science", "DSIT",
            OrganisationKind.MINISTERIAL_DEPARTMENT).withId(1);
    private static final Organisation WALES = Organisation.create("Welsh Government", "WG",
            OrganisationKind.DEVOLVED_ADMINISTRATION).withId(2);

    @Test
    void aDepartmentWithNothingRecordedHasEveryExpectationAsAGap() {
        var check = new RoleCheck(DSIT, List.of(), BoardSeat.VACANT);

        assertEquals(RoleExpectation.forKind(OrganisationKind.MINISTERIAL_DEPARTMENT), check.gaps());
        assertEquals(6, check.gaps().size());
    }

    @Test
    void aDevolvedAdministrationHasItsOwnListWithoutTheBoardSeat() {
        var check = new RoleCheck(WALES, List.of(new RoleCheckItem(2, RoleExpectation.ACTIVITY_SHARED,
                LocalDate.of(2026, 5, 1), "Quarterly update to the network")), BoardSeat.VACANT);

        assertEquals(List.of(RoleExpectation.WIDER_PUBLIC_SECTOR_ALIGNED, RoleExpectation.NATIONAL_NEEDS_MET),
                check.gaps());
    }

    @Test
    void theBoardSeatIsMetOnlyByADirectorGeneralOnTheBoard() {
        assertTrue(new BoardSeat("Ada", "Director General", true).met());
        assertTrue(new BoardSeat("Ada", "DG", true).met());
        assertFalse(new BoardSeat("Ada", "Director General", false).met());
        assertFalse(new BoardSeat("Ada", "Director", true).met());
        assertFalse(BoardSeat.VACANT.met());

        var check = new RoleCheck(DSIT, List.of(), new BoardSeat("Ada", "Director General", true));
        assertFalse(check.gaps().contains(RoleExpectation.BOARD_LEVEL_LEADER));
    }

    @Test
    void theBoardSeatCannotBeRecordedByHandBecauseTheDirectoryHoldsIt() {
        var refused = assertThrows(ValidationException.class, () -> new RoleCheckItem(1,
                RoleExpectation.BOARD_LEVEL_LEADER, LocalDate.of(2026, 1, 1), ""));
        assertEquals("expectation", refused.problems().get(0).field());
    }
}
