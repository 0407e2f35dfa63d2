package uk.dln.secretariat.model.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The marking a document carries: the highest of everything whose content it reproduces, and which of those raised
 * it above what its reader would expect (the network's default and the meeting's own marking), so the secretariat
 * can be told before the document leaves.
 *
 * @param marking  what stands at the top and bottom of every page
 * @param raisedBy the sources that the expected marking does not cover, in the order given; empty when none did
 */
public record DocumentMarking(ProtectiveMarking marking, List<MarkingSource> raisedBy) {

    public DocumentMarking {
        raisedBy = List.copyOf(raisedBy);
    }

    /**
     * @param expected the sources every document of the meeting carries anyway: the network default, the meeting
     * @param contents the sources the document reproduces besides: papers, the previous meeting and its papers
     */
    public static DocumentMarking of(List<MarkingSource> expected, List<MarkingSource> contents) {
        ProtectiveMarking baseline = ProtectiveMarking.highest(expected.stream().map(MarkingSource::marking).toList());
        ProtectiveMarking marking = ProtectiveMarking.highest(Stream.concat(Stream.of(baseline),
                contents.stream().map(MarkingSource::marking)).toList());
        var raisedBy = new ArrayList<MarkingSource>();
        for (MarkingSource source : contents) {
            if (!baseline.covers(source.marking()) && !raisedBy.contains(source)) {
                raisedBy.add(source);
            }
        }
        return new DocumentMarking(marking, raisedBy);
    }

    /** Whether something the document reproduces carries a marking beyond the expected one. */
    public boolean raised() {
        return !raisedBy.isEmpty();
    }

    /** The names of what raised it, for "Marked ... because of ...". */
    public List<String> raisedByNames() {
        return raisedBy.stream().map(MarkingSource::name).toList();
    }
}
