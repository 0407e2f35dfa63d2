package uk.dln.secretariat.app.core.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.app.i18n.DocumentMessages;
import uk.dln.secretariat.app.i18n.MessageTexts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.marking.DocumentMarking;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.meetings.MeetingDocumentWriter;

/**
 * Exports one of a meeting's documents on its own (agenda, minutes, a paper's cover sheet) into a folder, for the
 * meeting page, the Board packs section and the command line. Written and moved into place as the pack is.
 */
@UseCase
public final class DocumentExporter {

    /** Empty for the network's default. */
    private final Optional<DocumentLanguage> language;

    /** Documents in the network's default language. */
    public DocumentExporter() {
        this(null);
    }

    /** @param language the language the document is written in; null for the network's default (decision 0036) */
    public DocumentExporter(DocumentLanguage language) {
        this.language = Optional.ofNullable(language);
    }

    /**
     * @param paper the paper's number at the meeting (the last part of its reference), for a cover sheet; ignored
     *              otherwise
     * @return the file written
     */
    public Path export(WorkspaceData workspace, Meeting meeting, MeetingDocument document, int paper, Path folder) {
        return export(workspace, meeting, document, paper, folder, notice -> { });
    }

    /**
     * @param notice told, before the file is written, when something the document reproduces raised its marking
     *               above the network's and the meeting's (see {@link DocumentMarkings#notice})
     */
    public Path export(WorkspaceData workspace, Meeting meeting, MeetingDocument document, int paper, Path folder,
                       Consumer<String> notice) {
        PackExporter.checkFolder(folder);
        var settings = workspace.settings().load();
        String network = settings.networkName();
        var markings = new DocumentMarkings(settings.defaultMarking());
        var chosen = language.orElseGet(() -> workspace.settings().documentLanguage());
        Texts texts = ReportTexts.of(chosen);
        // The file is named in the document's language, not the window's (Welsh for a bilingual one: decision 0036).
        var names = DocumentMessages.forFileNames(chosen);
        var writer = new MeetingDocumentWriter(texts);
        var gatherer = new MeetingGatherer(workspace);
        String date = meeting.date().toString();
        return switch (document) {
            case AGENDA -> {
                var data = gatherer.pack(meeting, meeting.date());
                var marking = tell(markings.agenda(data), notice);
                yield save(folder.resolve(names.text("pack.file.agenda", date)),
                        out -> writer.agenda(network, data, marking, out));
            }
            case MINUTES -> {
                if (meeting.status().compareTo(MeetingStatus.HELD) < 0) {
                    throw new SecretariatException("pack.error.minutesNotHeld", Messages.get("pack.meeting.name", meeting.number(),
                            Messages.current().date(meeting.date())));
                }
                var minutes = gatherer.minutes(meeting);
                var marking = tell(markings.minutes(minutes), notice);
                yield save(folder.resolve(names.text(minutes.draft() ? "pack.file.draftMinutes"
                        : "pack.file.minutes", date)), out -> writer.minutes(network, minutes, marking, out));
            }
            case COVER_SHEET -> {
                var data = gatherer.pack(meeting, meeting.date());
                AgendaEntry entry = paper(data.papers(), paper);
                var marking = tell(markings.coverSheet(data, entry), notice);
                // A reference such as DLN(26)11/04 cannot be a file name as it stands: the slash would be a folder.
                String reference = entry.line().reference().toString().replace('/', '-');
                yield save(folder.resolve(names.text("pack.file.coverSheet", reference)),
                        out -> writer.coverSheet(network, data, entry, marking, out));
            }
        };
    }

    private static ProtectiveMarking tell(DocumentMarking marking, Consumer<String> notice) {
        if (marking.raised()) {
            notice.accept(DocumentMarkings.notice(marking));
        }
        return marking.marking();
    }

    private static AgendaEntry paper(List<AgendaEntry> papers, int number) {
        return papers.stream().filter(p -> p.line().reference().paper() == number).findFirst()
                .orElseThrow(() -> new SecretariatException("pack.error.noPaper", number));
    }

    private static Path save(Path target, PackExporter.Writing writing) {
        Path temp = PackExporter.write(target, writing);
        try {
            PackExporter.moveIntoPlace(temp, target);
        } finally {
            PackExporter.deleteQuietly(temp);
        }
        return target;
    }
}
