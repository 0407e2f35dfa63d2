package uk.dln.secretariat.model.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentMarkingTest {

    private static final MarkingSource NETWORK = new MarkingSource("the network's default", ProtectiveMarking.OFFICIAL);
    private static final MarkingSource MEETING = new MarkingSource("meeting 11", ProtectiveMarking.OFFICIAL);

    @Test
    void aPaperOfThePreviousMeetingRaisesTheMarkingAndIsNamedAsTheReason() {
        var paper = new MarkingSource("DLN(26)10/03 Cloud hosting strategy refresh",
                ProtectiveMarking.parse("OFFICIAL-SENSITIVE COMMERCIAL"));

        var marking = DocumentMarking.of(List.of(NETWORK, MEETING), List.of(
                new MarkingSource("DLN(26)11/03 Skills", ProtectiveMarking.OFFICIAL), paper));

        assertEquals("OFFICIAL-SENSITIVE COMMERCIAL", marking.marking().label());
        assertEquals(List.of(paper), marking.raisedBy());
        assertTrue(marking.raised());
    }

    @Test
    void nothingRaisesAMarkingThatTheMeetingAlreadyCarries() {
        var meeting = new MarkingSource("meeting 11", ProtectiveMarking.parse("OFFICIAL-SENSITIVE COMMERCIAL"));

        var marking = DocumentMarking.of(List.of(NETWORK, meeting), List.of(
                new MarkingSource("a paper", ProtectiveMarking.parse("OFFICIAL-SENSITIVE"))));

        assertEquals("OFFICIAL-SENSITIVE COMMERCIAL", marking.marking().label());
        assertFalse(marking.raised());
    }

    @Test
    void aNewDescriptorAtTheSameClassificationStillRaisesTheMarking() {
        var meeting = new MarkingSource("meeting 11", ProtectiveMarking.parse("OFFICIAL-SENSITIVE"));
        var legal = new MarkingSource("a legal paper", ProtectiveMarking.parse("OFFICIAL-SENSITIVE LEGAL"));

        var marking = DocumentMarking.of(List.of(NETWORK, meeting), List.of(legal));

        assertEquals("OFFICIAL-SENSITIVE LEGAL", marking.marking().label());
        assertEquals(List.of("a legal paper"), marking.raisedByNames());
    }

    @Test
    void theNetworkDefaultAloneMarksADocumentWithNothingElse() {
        var network = new MarkingSource("default", ProtectiveMarking.parse("OFFICIAL-SENSITIVE"));

        var marking = DocumentMarking.of(List.of(network), List.of());

        assertEquals("OFFICIAL-SENSITIVE", marking.marking().label());
        assertFalse(marking.raised());
    }
}
