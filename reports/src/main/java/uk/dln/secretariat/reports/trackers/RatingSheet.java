package uk.dln.secretariat.reports.trackers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.NetworkHeatMap;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;
import uk.dln.secretariat.reports.trackers.DataSheet.Column;

/**
 * The self-assessment tracker: every rating of the round, one row each, with the level in words and its score (blank
 * for not applicable, which is off the scale), the reason, evidence, next step, owner and target date, as an Excel
 * Table a reader can filter and sort.
 */
public final class RatingSheet {

    static final String TABLE = "Ratings";
    static final int LEVEL_COLUMN = 3;

    private final Texts texts;

    public RatingSheet(Texts texts) {
        this.texts = texts;
    }

    /** A workbook holding the tracker sheet alone. */
    public void write(NetworkHeatMap map, String marking, OutputStream out) throws IOException {
        var workbook = new TrackerWorkbook();
        try {
            write(workbook, new TrackerStyles(workbook.whole()), map, marking);
            workbook.whole().getProperties().getCoreProperties().setTitle(XmlText.clean(
                    texts.get("toolkit.tracker.title", map.round().name())));
            workbook.write(out);
        } finally {
            workbook.release();
        }
    }

    DataSheet write(TrackerWorkbook workbook, TrackerStyles styles, NetworkHeatMap map, String marking) {
        var sheet = new DataSheet(workbook, styles, texts.get("toolkit.tracker.sheet"), TABLE, List.of(
                new Column(texts.get("trackers.organisation"), 14),
                new Column(texts.get("toolkit.return.column.code"), 7),
                new Column(texts.get("toolkit.return.column.approach"), 40),
                new Column(texts.get("toolkit.return.column.level"), 16),
                new Column(texts.get("toolkit.tracker.score"), 8),
                new Column(texts.get("toolkit.return.column.reason"), 26),
                new Column(texts.get("toolkit.return.column.evidence"), 40),
                new Column(texts.get("toolkit.return.column.nextStep"), 30),
                new Column(texts.get("toolkit.return.column.owner"), 18),
                new Column(texts.get("toolkit.return.column.target"), 12)));
        for (Organisation organisation : map.organisations()) {
            for (var approach : map.approaches()) {
                var found = map.rating(organisation.id(), approach.id());
                if (found.isEmpty()) {
                    continue;
                }
                var rating = found.get();
                sheet.row().text(organisation.shortName()).text(approach.code()).text(approach.title())
                        .text(texts.get(rating.level().messageKey()))
                        .integer(rating.level().onScale() ? Long.valueOf(rating.level().score()) : null)
                        .text(rating.notApplicableReason()).text(rating.evidence()).text(rating.nextStep())
                        .text(rating.owner()).date(rating.targetOn());
            }
        }
        sheet.listValidation(LEVEL_COLUMN, Arrays.stream(MaturityLevel.values())
                .map(level -> texts.get(level.messageKey())).toList());
        sheet.finish(marking, texts);
        return sheet;
    }
}
