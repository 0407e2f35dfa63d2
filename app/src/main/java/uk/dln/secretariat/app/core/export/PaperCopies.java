package uk.dln.secretariat.app.core.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.InaccessiblePaper;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.boardpack.PaperFileNames;
import uk.dln.secretariat.model.meetings.PaperFile;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.accessibility.PaperAccessibility;
import uk.dln.secretariat.reports.pdf.PackPaper;

/**
 * The files attached to the agenda's items, copied out of the workspace for the export folder under their export
 * names ({@link PaperFileNames}), in agenda order. Each is written byte for byte to a temporary file first, with none
 * of the read-back our own files get ({@link PackExporter#copy}); the exporter moves them into place with the pack.
 */
final class PaperCopies {

    /**
     * A file on its way into the export folder.
     *
     * @param inaccessible why a screen reader cannot read it well, when it cannot
     */
    record Copy(Path target, Path temp, Optional<InaccessiblePaper> inaccessible) {
    }

    /** An item and its copied files. */
    record Item(AgendaEntry entry, List<Copy> copies) {

        /** The item as the one-PDF pack bookmarks it, its files read from their temporary copies. */
        PackPaper forPdf() {
            var line = entry.line();
            String title = line.reference() == null
                    ? Messages.get("pack.pdf.bookmark.itemNoReference", line.number(), line.item().title())
                    : Messages.get("pack.pdf.bookmark.item", line.number(), line.reference(), line.item().title());
            return new PackPaper(title, copies.stream()
                    .map(c -> new PackPaper.Document(c.target().getFileName().toString(), c.temp())).toList());
        }
    }

    private PaperCopies() {
    }

    /**
     * Writes every attached file to a temporary file beside its target; on failure or cancellation the copies made
     * so far are deleted and the error passed on.
     *
     * @param stopIfCancelled throws when the export was cancelled
     */
    static List<Item> write(WorkspaceData workspace, MeetingPackData meeting, Path folder, Runnable stopIfCancelled) {
        var items = new ArrayList<Item>();
        try {
            for (AgendaEntry entry : meeting.agenda()) {
                if (entry.annexes().isEmpty()) {
                    continue;
                }
                List<PaperFile> files = workspace.papers().forItem(entry.line().item().id());
                List<String> names = PaperFileNames.of(new AgendaEntry(entry.line(), entry.presenter(),
                        files.stream().map(PaperFile::fileName).toList()));
                var copies = new ArrayList<Copy>();
                items.add(new Item(entry, copies));
                for (int i = 0; i < files.size(); i++) {
                    stopIfCancelled.run();
                    Path target = folder.resolve(names.get(i));
                    PaperFile file = files.get(i);
                    byte[] content = workspace.papers().content(file.id());
                    long itemId = entry.line().item().id();
                    int annex = i;
                    // Judged as on attaching, so the pack can mark what the secretariat was told about.
                    Optional<InaccessiblePaper> finding = PaperAccessibility.check(file.fileName(), content)
                            .map(f -> new InaccessiblePaper(itemId, annex, target.getFileName().toString(),
                                    f.problem(), f.count()));
                    copies.add(new Copy(target, PackExporter.copy(target, content), finding));
                }
            }
            return items;
        } catch (RuntimeException e) {
            deleteAll(items);
            throw e;
        }
    }

    /** The copied files a screen reader cannot read well, in agenda order. */
    static List<InaccessiblePaper> inaccessible(List<Item> items) {
        return items.stream().flatMap(item -> item.copies().stream())
                .flatMap(copy -> copy.inaccessible().stream()).toList();
    }

    static void deleteAll(List<Item> items) {
        items.forEach(item -> item.copies().forEach(copy -> PackExporter.deleteQuietly(copy.temp())));
    }
}
