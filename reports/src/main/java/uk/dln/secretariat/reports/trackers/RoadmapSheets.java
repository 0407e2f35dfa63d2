package uk.dln.secretariat.reports.trackers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskRating;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.trackers.DataSheet.Column;

/** The milestones, indicators and risks sheets of the trackers. */
final class RoadmapSheets {

    private final XSSFWorkbook workbook;
    private final TrackerStyles styles;
    private final Texts texts;
    private final String marking;

    RoadmapSheets(XSSFWorkbook workbook, TrackerStyles styles, Texts texts, String marking) {
        this.workbook = workbook;
        this.styles = styles;
        this.texts = texts;
        this.marking = marking;
    }

    void milestones(RoadmapPackData data) {
        var sheet = new DataSheet(workbook, styles, texts.get("trackers.sheet.milestones"), List.of(
                new Column(texts.get("roadmaps.network.organisation"), 30),
                new Column(texts.get("pack.milestone.title"), 42), new Column(texts.get("pack.milestone.owner"), 28),
                new Column(texts.get("pack.milestone.baseline"), 13), new Column(texts.get("pack.milestone.forecast"), 13),
                new Column(texts.get("pack.milestone.actual"), 13), new Column(texts.get("trackers.slippageDays"), 11),
                new Column(texts.get("pack.milestone.status"), 14), new Column(texts.get("pack.milestone.confidence"), 14)));
        for (OrganisationRoadmap roadmap : data.roadmaps()) {
            for (Milestone m : roadmap.milestones()) {
                sheet.row().text(roadmap.organisationName()).text(m.title()).text(m.owner()).date(m.baselineDate())
                        .date(m.forecastDate()).date(m.actualDate()).integer(m.slippageDays())
                        .text(texts.get(m.status().messageKey())).text(texts.get(m.confidence().messageKey()));
            }
        }
        sheet.listValidation(7, words(Arrays.stream(MilestoneStatus.values()).map(MilestoneStatus::messageKey).toList()));
        sheet.listValidation(8, words(Arrays.stream(DeliveryConfidence.values()).map(DeliveryConfidence::messageKey).toList()));
        var colours = new LinkedHashMap<String, RagPalette.Swatch>();
        for (DeliveryConfidence c : DeliveryConfidence.values()) {
            colours.put(texts.get(c.messageKey()), RagPalette.of(c));
        }
        sheet.ratingColours(8, colours);
        sheet.finish(marking, texts);
    }

    void indicators(RoadmapPackData data) {
        var sheet = new DataSheet(workbook, styles, texts.get("trackers.sheet.indicators"), List.of(
                new Column(texts.get("roadmaps.network.organisation"), 30),
                new Column(texts.get("pack.indicator.name"), 36), new Column(texts.get("trackers.indicator.unit"), 9),
                new Column(texts.get("pack.indicator.baseline"), 11), new Column(texts.get("pack.indicator.target"), 11),
                new Column(texts.get("trackers.indicator.targetDate"), 13),
                new Column(texts.get("trackers.indicator.latestQuarter"), 14),
                new Column(texts.get("pack.indicator.latest"), 11), new Column(texts.get("pack.indicator.track"), 16)));
        for (IndicatorSeries series : data.indicators()) {
            var indicator = series.indicator();
            var latest = series.latest();
            sheet.row().text(series.organisation()).text(indicator.name()).text(indicator.unit())
                    .decimal(indicator.baseline()).decimal(indicator.target()).date(indicator.targetDate())
                    .text(latest.map(r -> r.period().label()).orElse(""))
                    .decimal(latest.map(r -> r.value()).orElse(null))
                    .text(texts.get(series.track().messageKey()));
        }
        var colours = new LinkedHashMap<String, RagPalette.Swatch>();
        colours.put(texts.get(IndicatorTrack.ON_TRACK.messageKey()), RagPalette.of(IndicatorTrack.ON_TRACK));
        colours.put(texts.get(IndicatorTrack.OFF_TRACK.messageKey()), RagPalette.of(IndicatorTrack.OFF_TRACK));
        sheet.ratingColours(8, colours);
        sheet.finish(marking, texts);
    }

    void risks(RoadmapPackData data, LocalDate asOf) {
        var sheet = new DataSheet(workbook, styles, texts.get("trackers.sheet.risks"), List.of(
                new Column(texts.get("roadmaps.network.organisation"), 30),
                new Column(texts.get("pack.risk.title"), 38), new Column(texts.get("pack.milestone.owner"), 24),
                new Column(texts.get("trackers.risk.likelihood"), 11), new Column(texts.get("trackers.risk.impact"), 9),
                new Column(texts.get("pack.risk.score"), 8), new Column(texts.get("trackers.risk.rating"), 12),
                new Column(texts.get("pack.milestone.status"), 12), new Column(texts.get("pack.risk.review"), 13),
                new Column(texts.get("trackers.risk.overdue"), 12), new Column(texts.get("pack.risk.mitigation"), 50)));
        for (OrganisationRoadmap roadmap : data.roadmaps()) {
            for (Risk r : roadmap.risks()) {
                sheet.row().text(roadmap.organisationName()).text(r.title()).text(r.owner()).integer(r.likelihood())
                        .integer(r.impact()).integer(r.score()).text(texts.get(r.rating().messageKey()))
                        .text(texts.get(r.status().messageKey())).date(r.reviewDate())
                        .text(texts.get(r.reviewOverdue(asOf) ? "trackers.yes" : "trackers.no"))
                        .text(r.mitigation());
            }
        }
        sheet.listValidation(7, words(Arrays.stream(RiskStatus.values()).map(RiskStatus::messageKey).toList()));
        var colours = new LinkedHashMap<String, RagPalette.Swatch>();
        for (RiskRating rating : RiskRating.values()) {
            colours.put(texts.get(rating.messageKey()), RagPalette.of(rating));
        }
        sheet.ratingColours(6, colours);
        sheet.finish(marking, texts);
    }

    private List<String> words(List<String> keys) {
        return keys.stream().map(texts::get).toList();
    }
}
