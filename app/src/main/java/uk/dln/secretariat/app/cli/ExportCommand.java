package uk.dln.secretariat.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.export.DocumentExporter;
import uk.dln.secretariat.app.core.export.MeetingChoice;
import uk.dln.secretariat.app.core.export.PackExporter;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.settings.DocumentLanguage;

/** Writes the board pack, trackers and papers into a folder, and with --pdf one PDF: as the Board packs section does. */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.export.date")
    private LocalDate date;

    @Option(names = "--meeting", paramLabel = "DATE|ID", descriptionKey = "cli.export.meeting")
    private String meeting;

    @Option(names = "--document", paramLabel = "DOCUMENT", descriptionKey = "cli.export.document")
    private MeetingDocument document;

    @Option(names = "--paper", paramLabel = "NUMBER", descriptionKey = "cli.export.paper")
    private Integer paper;

    @Option(names = "--out", paramLabel = "FOLDER", required = true, descriptionKey = "cli.export.out")
    private Path out;

    @Option(names = "--sections", paramLabel = "LIST", split = ",", descriptionKey = "cli.export.sections")
    private List<PackSection> sections;

    @Option(names = "--pdf", descriptionKey = "cli.export.pdf")
    private boolean pdf;

    @Option(names = "--issue", descriptionKey = "cli.export.issue")
    private boolean issue;

    @Option(names = "--language", paramLabel = "en|cy|bilingual", descriptionKey = "cli.export.language")
    private String language;

    private final Clock clock;

    ExportCommand() {
        this(Clock.systemDefaultZone());
    }

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        // Checked first: a language that does not exist leaves no folder behind.
        DocumentLanguage inLanguage = language == null ? null : DocumentLanguage.fromCode(language)
                .orElseThrow(() -> new SecretariatException("cli.export.languageUnknown", language));
        var chosen = sections == null || sections.isEmpty() ? EnumSet.allOf(PackSection.class) : EnumSet.copyOf(sections);
        var err = spec.commandLine().getErr();
        // The workspace first: a refused one leaves no folder behind.
        try (var opened = parent.workspace().openExisting()) {
            Warnings.print(opened, err);
            var workspace = opened.data();
            var exporter = new PackExporter(clock);
            Meeting chosenMeeting = meeting(exporter.meetings(workspace));
            try {
                Files.createDirectories(out);
            } catch (java.io.IOException e) {
                throw new SecretariatException("pack.error.folder", out);
            }
            Path folder = out.toAbsolutePath();
            if (document != null) {
                if (chosenMeeting == null) {
                    throw new SecretariatException("cli.export.noMeeting");
                }
                if (document == MeetingDocument.COVER_SHEET && paper == null) {
                    throw new SecretariatException("cli.export.paperNeeded");
                }
                Path written = new DocumentExporter(inLanguage).export(workspace, chosenMeeting, document,
                        paper == null ? 0 : paper, folder, err::println);
                err.println(parent.messages().text("cli.export.documentDone", written));
                return ExitCodes.OK;
            }
            LocalDate day = chosenMeeting != null ? chosenMeeting.date() : date != null ? date : LocalDate.now(clock);
            if (chosenMeeting != null) {
                String notice = exporter.markingNotice(workspace, chosenMeeting);
                if (!notice.isEmpty()) {
                    err.println(notice);
                }
            }
            PackExporter.Result result = exporter.export(workspace, chosenMeeting, day, chosen, folder,
                    PackExporter.Options.located(pdf).issuing(issue).inLanguage(inLanguage), Progress.none());
            if (issue) {
                err.println(parent.messages().text("cli.export.issued", day));
            }
            return report(parent.messages(), result, err);
        }
    }

    /** What was written; a PDF asked for but impossible without LibreOffice is said plainly and in the status. */
    private static int report(Messages messages, PackExporter.Result result, java.io.PrintWriter err) {
        err.println(messages.text("cli.export.done", result.pack(), result.trackers()));
        if (!result.papers().isEmpty()) {
            err.println(messages.text("cli.export.papers", result.papers().size()));
        }
        result.pdf().ifPresent(file -> err.println(messages.text("cli.export.pdfDone", file)));
        result.accessibilityNotices(messages).forEach(err::println);
        if (result.pdfNeedsLibreOffice()) {
            err.println(messages.text("pack.pdf.needsLibreOffice"));
            return ExitCodes.PDF_NEEDS_LIBREOFFICE;
        }
        return ExitCodes.OK;
    }

    /**
     * The meeting asked for with --meeting; else the meeting on --date, if any (a pack of the roadmap sections on a
     * day without a meeting is still possible); else the next meeting from today, or none.
     */
    private Meeting meeting(List<Meeting> meetings) {
        if (meeting != null) {
            return MeetingChoice.find(meetings, meeting);
        }
        if (date != null) {
            return MeetingChoice.onDate(meetings, date).orElse(null);
        }
        return MeetingChoice.nextFrom(meetings, LocalDate.now(clock)).orElse(null);
    }
}
