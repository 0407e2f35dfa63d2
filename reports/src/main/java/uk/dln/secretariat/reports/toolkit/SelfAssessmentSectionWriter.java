package uk.dln.secretariat.reports.toolkit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.NetworkHeatMap;
import uk.dln.secretariat.model.toolkit.RoleCheck;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * The self-assessment section of a pack as a Word document: the heat map as a real table (a number or N/A in every
 * cell, so it reads aloud and prints in black and white; colour only repeats it), the weakest approaches, the
 * movement since the previous round, who to learn from, and the role-check gaps.
 */
public final class SelfAssessmentSectionWriter {

    private final Texts texts;
    private final boolean evidenceInFull;

    /** The section as exported on its own: who to learn from with each organisation's evidence. */
    public SelfAssessmentSectionWriter(Texts texts) {
        this(texts, true);
    }

    private SelfAssessmentSectionWriter(Texts texts, boolean evidenceInFull) {
        this.texts = texts;
        this.evidenceInFull = evidenceInFull;
    }

    /**
     * The section as the board pack carries it: who to learn from names the organisations and leaves their evidence
     * to the trackers' Ratings sheet, so that a network of thirty keeps the section to a few pages (seen in a
     * rendered demonstration pack: seven pages of evidence otherwise).
     */
    public static SelfAssessmentSectionWriter forPack(Texts texts) {
        return new SelfAssessmentSectionWriter(texts, false);
    }

    public void write(NetworkHeatMap map, List<RoleCheck> checks, String marking, OutputStream out)
            throws IOException {
        try (var document = new WordDocument(texts, marking, texts.get("toolkit.pack.title", map.round().name()))) {
            write(document, map, checks);
            document.write(out);
        }
    }

    /**
     * Writes the section at the end of a document, under a first-level heading: on its own, or as a part of the
     * board pack, whose contents and bookmarks then list it like any other section.
     */
    public void write(WordDocument document, NetworkHeatMap map, List<RoleCheck> checks) {
        document.heading(1, texts.get("toolkit.pack.title", map.round().name()));
        document.body(texts.get("toolkit.pack.intro", texts.date(map.round().deadline())));
        // What the agenda needs first; then the heat map from the top of a page, where thirty organisations fit.
        weakest(document, map);
        var moved = map.movement();
        document.heading(2, texts.get("toolkit.movement.heading"));
        document.body(map.previous().isEmpty() ? texts.get("toolkit.movement.none")
                : texts.get("toolkit.movement.summary", moved.up(), moved.down(), moved.same()));
        document.pageBreak();
        heatMap(document, map);
        learnFrom(document, map);
        gaps(document, checks);
    }

    /** Approaches per heat-map table: 21 columns do not fit a portrait page, so the map is two tables. */
    static final int APPROACHES_PER_TABLE = 11;

    /** More organisations than this and two heat-map tables do not share a page: each starts its own. */
    static final int ORGANISATIONS_SHARING_A_PAGE = 12;

    private void heatMap(WordDocument document, NetworkHeatMap map) {
        document.heading(2, texts.get("toolkit.pack.heatMap"));
        document.body(texts.get("toolkit.pack.key"));
        var approaches = map.approaches();
        for (int from = 0; from < approaches.size(); from += APPROACHES_PER_TABLE) {
            var part = approaches.subList(from, Math.min(approaches.size(), from + APPROACHES_PER_TABLE));
            if (from > 0 && map.organisations().size() > ORGANISATIONS_SHARING_A_PAGE) {
                document.pageBreak();
            }
            // Each table under its own heading: which approaches it holds, found by a screen reader's heading list.
            document.heading(3, texts.get("toolkit.pack.heatMapPart", part.get(0).code(),
                    part.get(part.size() - 1).code()));
            var columns = new ArrayList<Column>();
            // Wide enough for "Scottish Government" on one line, so thirty organisations fit a page.
            columns.add(new Column(texts.get("toolkit.pack.organisation"), 4));
            part.forEach(a -> columns.add(new Column(a.code(), 1)));
            var table = new WordTable(document, columns);
            for (Organisation organisation : map.organisations()) {
                var cells = new ArrayList<Cell>();
                cells.add(Cell.bold(organisation.shortName()));
                for (var approach : part) {
                    var rating = map.rating(organisation.id(), approach.id());
                    cells.add(rating.map(r -> Cell.rated(number(r.level()), swatch(r.level())))
                            .orElse(Cell.of(texts.get("toolkit.cell.unrated"))));
                }
                table.row(cells);
            }
            table.write();
        }
    }

    private void weakest(WordDocument document, NetworkHeatMap map) {
        document.heading(2, texts.get("toolkit.weakest.heading"));
        // Wide enough for the Welsh "Cyfartaledd" on one line (seen broken mid-word in a rendered Welsh pack).
        var table = new WordTable(document, List.of(new Column(texts.get("toolkit.pack.approach"), 4),
                new Column(texts.get("toolkit.pack.average"), 1), new Column(texts.get("toolkit.pack.rated"), 1)));
        for (var standing : map.weakest(5)) {
            table.row(Cell.of(standing.approach().label()),
                    Cell.of(String.format(Locale.UK, "%.1f", standing.average())),
                    Cell.of(String.valueOf(standing.rated())));
        }
        table.write();
    }

    private void learnFrom(WordDocument document, NetworkHeatMap map) {
        document.heading(2, texts.get("toolkit.pack.learnFrom"));
        if (!evidenceInFull) {
            // Kept with the table it introduces: seen alone at the foot of a page in a rendered pack.
            document.body(texts.get("toolkit.pack.learnFromNote")).setKeepNext(true);
        }
        var table = new WordTable(document, List.of(new Column(texts.get("toolkit.pack.approach"), 3),
                new Column(texts.get(evidenceInFull ? "toolkit.pack.embedded" : "toolkit.pack.embeddedNames"), 5)));
        for (var approach : map.approaches()) {
            List<ApproachRating> embedded = map.whoToLearnFrom(approach.id());
            if (!embedded.isEmpty()) {
                // In full, an organisation a line: evidence is prose, and runs of it joined by ";" do not read.
                table.row(Cell.of(approach.label()), Cell.of(String.join(evidenceInFull ? "\n" : ", ",
                        embedded.stream().map(r -> name(map, r) + (!evidenceInFull || r.evidence().isEmpty() ? ""
                                : ": " + r.evidence())).toList())));
            }
        }
        table.write();
    }

    private static String name(NetworkHeatMap map, ApproachRating rating) {
        return map.organisation(rating.organisationId()).map(Organisation::shortName).orElse("");
    }

    private void gaps(WordDocument document, List<RoleCheck> checks) {
        document.heading(2, texts.get("toolkit.pack.gaps"));
        var table = new WordTable(document, List.of(new Column(texts.get("toolkit.pack.organisation"), 1),
                new Column(texts.get("toolkit.role.gapsHeading"), 4)));
        for (var check : checks) {
            if (!check.gaps().isEmpty()) {
                table.row(Cell.bold(check.organisation().shortName()), Cell.of(String.join("; ",
                        check.gaps().stream().map(g -> texts.get(g.messageKey())).toList())));
            }
        }
        table.write();
    }

    private String number(MaturityLevel level) {
        return level.onScale() ? String.valueOf(level.score()) : texts.get("toolkit.pack.notApplicable");
    }

    private static RagPalette.Swatch swatch(MaturityLevel level) {
        return switch (level) {
            case NOT_STARTED -> new RagPalette.Swatch(RagPalette.RED, RagPalette.WHITE);
            case DEVELOPING -> new RagPalette.Swatch(RagPalette.ORANGE, RagPalette.BLACK);
            case ESTABLISHED -> new RagPalette.Swatch(RagPalette.BLUE, RagPalette.WHITE);
            case EMBEDDED -> new RagPalette.Swatch(RagPalette.GREEN, RagPalette.WHITE);
            case NOT_APPLICABLE -> new RagPalette.Swatch(RagPalette.BORDER, RagPalette.BLACK);
        };
    }
}
