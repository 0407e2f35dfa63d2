package uk.dln.secretariat.model.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dln.secretariat.model.directory.Organisation;

/**
 * The Digital Leader role check for one member organisation: each expectation of its kind's list, as recorded, and
 * the board seat as the directory has it. What is not in place is a gap.
 */
public record RoleCheck(Organisation organisation, List<RoleCheckItem> items, BoardSeat seat) {

    /** One line of the checklist: the expectation, whether it is met, and the date and evidence when recorded. */
    public record Line(RoleExpectation expectation, boolean met, RoleCheckItem recorded) {
    }

    public RoleCheck {
        items = List.copyOf(items);
    }

    /** The checklist in order; an expectation with nothing recorded is a gap. */
    public List<Line> lines() {
        Map<RoleExpectation, RoleCheckItem> byExpectation = items.stream()
                .collect(Collectors.toMap(RoleCheckItem::expectation, Function.identity(), (a, b) -> b));
        var lines = new ArrayList<Line>();
        for (var expectation : RoleExpectation.forKind(organisation.kind())) {
            if (expectation == RoleExpectation.BOARD_LEVEL_LEADER) {
                lines.add(new Line(expectation, seat.met(), null));
            } else {
                var item = byExpectation.get(expectation);
                lines.add(new Line(expectation, item != null && item.met(), item));
            }
        }
        return lines;
    }

    public List<RoleExpectation> gaps() {
        return lines().stream().filter(line -> !line.met()).map(Line::expectation).toList();
    }
}
