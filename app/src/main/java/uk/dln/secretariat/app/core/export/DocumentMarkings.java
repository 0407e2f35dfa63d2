package uk.dln.secretariat.app.core.export;

import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.app.i18n.MessageTexts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingMinutesRecord;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.marking.DocumentMarking;
import uk.dln.secretariat.model.marking.MarkingSource;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * Names everything whose content a meeting's documents reproduce, with its marking, so each document carries the
 * highest of them and the secretariat is told which paper raised it: the network's default and the meeting are
 * expected; papers, the previous meeting and its papers may raise it.
 */
public final class DocumentMarkings {

    private final ProtectiveMarking networkDefault;

    public DocumentMarkings(ProtectiveMarking networkDefault) {
        this.networkDefault = networkDefault;
    }

    /** The pack reproduces the agenda, the papers' cover sheets and the previous meeting's draft minutes. */
    public DocumentMarking pack(MeetingPackData data) {
        var contents = new ArrayList<>(papers(data.agenda()));
        data.previous().ifPresent(previous -> {
            contents.add(meeting(previous.meeting()));
            contents.addAll(papers(previous.agenda()));
        });
        return DocumentMarking.of(expected(data.meeting()), contents);
    }

    /** A pack for a day without a meeting carries the network's default. */
    public DocumentMarking day() {
        return DocumentMarking.of(List.of(network()), List.of());
    }

    /** The agenda names every paper on it. */
    public DocumentMarking agenda(MeetingPackData data) {
        return DocumentMarking.of(expected(data.meeting()), papers(data.agenda()));
    }

    /** Minutes reproduce the discussion of each paper at their meeting. */
    public DocumentMarking minutes(MeetingMinutesRecord minutes) {
        return DocumentMarking.of(expected(minutes.meeting()), papers(minutes.agenda()));
    }

    /** A cover sheet reproduces its paper's summary and recommendations. */
    public DocumentMarking coverSheet(MeetingPackData data, AgendaEntry paper) {
        return DocumentMarking.of(expected(data.meeting()), papers(List.of(paper)));
    }

    /** "Marked OFFICIAL-SENSITIVE COMMERCIAL because of DLN(26)10/03 ...", or empty when nothing raised it. */
    public static String notice(DocumentMarking marking) {
        return marking.raised() ? Messages.get("pack.marking.raised", marking.marking().label(),
                String.join(Messages.get("pack.marking.separator"), marking.raisedByNames())) : "";
    }

    private List<MarkingSource> expected(Meeting meeting) {
        return List.of(network(), meeting(meeting));
    }

    private MarkingSource network() {
        return new MarkingSource(Messages.get("pack.marking.source.network"), networkDefault);
    }

    private static MarkingSource meeting(Meeting meeting) {
        return new MarkingSource(Messages.get("pack.marking.source.meeting", meeting.number(),
                Messages.current().date(meeting.date())), meeting.marking());
    }

    private static List<MarkingSource> papers(List<AgendaEntry> agenda) {
        return agenda.stream().filter(AgendaEntry::hasPaper)
                .map(e -> new MarkingSource(Messages.get("pack.marking.source.paper", e.line().reference().toString(),
                        e.line().item().title()), e.line().item().cover().marking()))
                .toList();
    }
}
