package uk.dln.secretariat.model.boardpack;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

/**
 * Everything a board pack and its trackers are made from, gathered from the workspace beforehand so that writing
 * the files never touches the database.
 *
 * @param networkName printed on the cover
 * @param title       what the pack is for, e.g. the meeting's name
 * @param date        the day the pack is for; "today" for overdue and look-ahead
 * @param markings    the markings of everything included; the pack carries the highest
 * @param sections    the chosen sections
 * @param roadmaps    the roadmaps of the period the pack reports on; empty when the workspace has none
 * @param meeting     the meeting the pack is for, with its agenda, previous minutes and actions; empty when the
 *                    pack is for a day with no meeting
 * @param lastIssued  the pack last issued before this one, which "at a glance" compares against; empty when none
 *                    has been issued
 * @param inaccessiblePapers the attached papers a screen reader cannot read well, which the contents mark
 * @param selfAssessment the toolkit self-assessment's latest round and the role checks; empty when the pack leaves
 *                       the self-assessment out (it is read only when chosen)
 */
public record PackRequest(String networkName, String title, LocalDate date, List<ProtectiveMarking> markings,
                          Set<PackSection> sections, Optional<RoadmapPackData> roadmaps,
                          Optional<MeetingPackData> meeting, Optional<IssuedPack> lastIssued,
                          List<InaccessiblePaper> inaccessiblePapers,
                          Optional<SelfAssessmentPackData> selfAssessment) {

    /** A pack without the self-assessment read. */
    public PackRequest(String networkName, String title, LocalDate date, List<ProtectiveMarking> markings,
                       Set<PackSection> sections, Optional<RoadmapPackData> roadmaps,
                       Optional<MeetingPackData> meeting, Optional<IssuedPack> lastIssued,
                       List<InaccessiblePaper> inaccessiblePapers) {
        this(networkName, title, date, markings, sections, roadmaps, meeting, lastIssued, inaccessiblePapers,
                Optional.empty());
    }

    /** A pack whose papers are not yet judged for accessibility. */
    public PackRequest(String networkName, String title, LocalDate date, List<ProtectiveMarking> markings,
                       Set<PackSection> sections, Optional<RoadmapPackData> roadmaps,
                       Optional<MeetingPackData> meeting, Optional<IssuedPack> lastIssued) {
        this(networkName, title, date, markings, sections, roadmaps, meeting, lastIssued, List.of());
    }

    /** A pack with no issued pack before it. */
    public PackRequest(String networkName, String title, LocalDate date, List<ProtectiveMarking> markings,
                       Set<PackSection> sections, Optional<RoadmapPackData> roadmaps,
                       Optional<MeetingPackData> meeting) {
        this(networkName, title, date, markings, sections, roadmaps, meeting, Optional.empty());
    }

    public PackRequest {
        networkName = networkName == null ? "" : networkName.strip();
        title = title == null ? "" : title.strip();
        var all = new java.util.ArrayList<>(markings);
        meeting.ifPresent(m -> all.addAll(m.markings()));
        markings = List.copyOf(all);
        inaccessiblePapers = List.copyOf(inaccessiblePapers);
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        new Validator()
                .required("networkName", networkName)
                .required("title", title)
                .check(date != null, "date", "validation.required")
                .check(!sections.isEmpty(), "sections", "pack.error.noSections")
                .throwIfInvalid();
    }

    /** A pack for a day with no meeting: the roadmap sections only have anything to say. */
    public PackRequest(String networkName, String title, LocalDate date, List<ProtectiveMarking> markings,
                       Set<PackSection> sections, Optional<RoadmapPackData> roadmaps) {
        this(networkName, title, date, markings, sections, roadmaps, Optional.empty());
    }

    /** The same pack, compared against the pack last issued. */
    public PackRequest comparedWith(Optional<IssuedPack> issued) {
        return new PackRequest(networkName, title, date, markings, sections, roadmaps, meeting, issued,
                inaccessiblePapers, selfAssessment);
    }

    /** The same pack, knowing which of its attached papers a screen reader cannot read well. */
    public PackRequest withInaccessiblePapers(List<InaccessiblePaper> papers) {
        return new PackRequest(networkName, title, date, markings, sections, roadmaps, meeting, lastIssued, papers,
                selfAssessment);
    }

    /** The same pack, with the self-assessment's latest round and the role checks read. */
    public PackRequest withSelfAssessment(SelfAssessmentPackData data) {
        return new PackRequest(networkName, title, date, markings, sections, roadmaps, meeting, lastIssued,
                inaccessiblePapers, Optional.of(data));
    }

    /** The attached papers of an agenda item that a screen reader cannot read well, in annex order. */
    public List<InaccessiblePaper> inaccessiblePapers(long itemId) {
        return inaccessiblePapers.stream().filter(p -> p.itemId() == itemId).toList();
    }

    /** The highest marking of anything in the pack: what stands at the top and bottom of every page. */
    public ProtectiveMarking marking() {
        return ProtectiveMarking.highest(markings);
    }

    public boolean includes(PackSection section) {
        return sections.contains(section);
    }

    /** The chosen sections in the pack's order. */
    public List<PackSection> orderedSections() {
        return EnumSet.copyOf(sections).stream().toList();
    }
}
