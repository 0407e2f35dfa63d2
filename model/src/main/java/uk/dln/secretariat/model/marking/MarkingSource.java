package uk.dln.secretariat.model.marking;

import java.util.Objects;

/**
 * Something whose content a document reproduces, with its marking: the network's default, a meeting, one of its
 * papers, the previous meeting and its papers (draft minutes reproduce their discussion).
 *
 * @param name how a reader knows it, e.g. "DLN(26)10/03 Cloud hosting strategy refresh (meeting 10)"
 */
public record MarkingSource(String name, ProtectiveMarking marking) {

    public MarkingSource {
        name = name == null ? "" : name.strip();
        Objects.requireNonNull(marking, "marking");
    }
}
