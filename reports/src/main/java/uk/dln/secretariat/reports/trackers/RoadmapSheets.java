package uk.dln.secretariat.reports.trackers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
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

/** The milestones, indicators and risks sheets of the trackers, each one Table. */
final class RoadmapSheets {

    static final String MILESTONES = "Milestones";
    static final int MILESTONE_STATUS = 7;
    static final int MILESTONE_CONFIDENCE = 8;
    static final String INDICATORS = "Indicators";
    static final int INDICATOR_TRACK = 8;
    static final String RISKS = "Risks";
    static final int RISK_LIKELIHOOD = 3;
    static final int RISK_IMPACT = 4;
    static final int RISK_SCORE = 5;
    static final int RISK_RATING = 6;
    static final int RISK_STATUS = 7;

    private final TrackerWorkbook workbook;
    private final TrackerStyles styles;
    private final Texts texts;
    private final String marking;

    RoadmapSheets(TrackerWorkbook workbook, TrackerStyles styles, Texts texts, String marking) {
        this.workbook = workbook;
        this.styles = styles;
        this.texts = texts;
        this.marking = marking;
    }

    DataSheet milestones(RoadmapPackData data) {
        var sheet = new DataSheet(workbook, styles, texts.get("trackers.sheet.milestones"), MILESTONES, List.of(
                new Column(texts.get("trackers.organisation"), 30),
                new Column(texts.get("trackers.milestone.title"), 42), new Column(texts.get("trackers.owner"), 28),
                new Column(texts.get("trackers.milestone.baselineDate"), 13),
                new Column(texts.get("trackers.milestone.forecastDate"), 13),
                new Column(texts.get("trackers.milestone.actualDate"), 13),
                new Column(texts.get("trackers.slippageDays"), 11),
                new Column(texts.get("pack.milestone.status"), 14),
                new Column(texts.get("trackers.milestone.confidence"), 14)));
        for (OrganisationRoadmap roadmap : data.roadmaps()) {
            for (Milestone m : roadmap.milestones()) {
                sheet.row().text(roadmap.organisationName()).text(m.title()).text(m.owner()).date(m.baselineDate())
                        .date(m.forecastDate()).date(m.actualDate()).integer(m.slippageDays())
                        .text(texts.get(m.status().messageKey())).text(texts.get(m.confidence().messageKey()));
            }
        }
        sheet.listValidation(MILESTONE_STATUS,
                words(Arrays.stream(MilestoneStatus.values()).map(MilestoneStatus::messageKey).toList()));
        // The network's own scale: a three-point network is not offered Amber/Red or Amber/Green.
        sheet.listValidation(MILESTONE_CONFIDENCE,
                words(data.confidenceScale().choices().stream().map(DeliveryConfidence::messageKey).toList()));
        var colours = new LinkedHashMap<String, RagPalette.Swatch>();
        for (DeliveryConfidence c : DeliveryConfidence.values()) {
            colours.put(texts.get(c.messageKey()), RagPalette.of(c));
        }
        sheet.ratingColours(MILESTONE_CONFIDENCE, colours);
        sheet.finish(marking, texts);
        return sheet;
    }

    DataSheet indicators(RoadmapPackData data) {
        var sheet = new DataSheet(workbook, styles, texts.get("trackers.sheet.indicators"), INDICATORS, List.of(
                new Column(texts.get("trackers.organisation"), 30),
                new Column(texts.get("trackers.indicator.name"), 36),
                new Column(texts.get("trackers.indicator.unit"), 9),
                new Column(texts.get("trackers.indicator.baseline"), 12),
                new Column(texts.get("trackers.indicator.target"), 12),
                new Column(texts.get("trackers.indicator.targetDate"), 13),
                new Column(texts.get("trackers.indicator.latestQuarter"), 14),
                new Column(texts.get("trackers.indicator.latest"), 12),
                new Column(texts.get("trackers.indicator.track"), 16)));
        for (IndicatorSeries series : data.indicators()) {
            var indicator = series.indicator();
            BigDecimal latest = series.latest().map(IndicatorReading::value).orElse(null);
            int places = places(indicator.baseline(), indicator.target(), latest);
            sheet.row().text(series.organisation()).text(indicator.name()).text(indicator.unit())
                    .number(indicator.baseline(), places).number(indicator.target(), places)
                    .date(indicator.targetDate()).text(series.latest().map(r -> r.period().label()).orElse(null))
                    .number(latest, places).text(texts.get(series.track().messageKey()));
        }
        var colours = new LinkedHashMap<String, RagPalette.Swatch>();
        colours.put(texts.get(IndicatorTrack.ON_TRACK.messageKey()), RagPalette.of(IndicatorTrack.ON_TRACK));
        colours.put(texts.get(IndicatorTrack.OFF_TRACK.messageKey()), RagPalette.of(IndicatorTrack.OFF_TRACK));
        sheet.ratingColours(INDICATOR_TRACK, colours);
        sheet.finish(marking, texts);
        return sheet;
    }

    /**
     * The decimal places an indicator's values need, the same for all of them so they line up: none for a count
     * of days, one for 12.5%, and never a bare trailing point.
     */
    static int places(BigDecimal... values) {
        return Stream.of(values).filter(Objects::nonNull).mapToInt(v -> v.stripTrailingZeros().scale())
                .map(scale -> Math.min(TrackerStyles.MOST_DECIMALS, Math.max(0, scale))).max().orElse(0);
    }

    DataSheet risks(RoadmapPackData data, LocalDate asOf) {
        var sheet = new DataSheet(workbook, styles, texts.get("trackers.sheet.risks"), RISKS, List.of(
                new Column(texts.get("trackers.organisation"), 30),
                new Column(texts.get("trackers.risk.title"), 38), new Column(texts.get("trackers.owner"), 24),
                new Column(texts.get("trackers.risk.likelihood"), 11),
                new Column(texts.get("trackers.risk.impact"), 10),
                new Column(texts.get("trackers.risk.score"), 12), new Column(texts.get("trackers.risk.rating"), 12),
                new Column(texts.get("trackers.status"), 12), new Column(texts.get("trackers.risk.reviewDate"), 13),
                new Column(texts.get("trackers.risk.overdue"), 12),
                new Column(texts.get("trackers.risk.mitigation"), 50)));
        for (OrganisationRoadmap roadmap : data.roadmaps()) {
            for (Risk r : roadmap.risks()) {
                var row = sheet.row();
                row.text(roadmap.organisationName()).text(r.title()).text(r.owner()).integer(r.likelihood())
                        .integer(r.impact())
                        .formula(row.at(RISK_LIKELIHOOD) + "*" + row.at(RISK_IMPACT), r.score())
                        .text(texts.get(r.rating().messageKey()))
                        .text(texts.get(r.status().messageKey())).date(r.reviewDate())
                        .text(texts.get(r.reviewOverdue(asOf) ? "trackers.yes" : "trackers.no"))
                        .text(r.mitigation());
            }
        }
        sheet.listValidation(RISK_STATUS,
                words(Arrays.stream(RiskStatus.values()).map(RiskStatus::messageKey).toList()));
        var colours = new LinkedHashMap<String, RagPalette.Swatch>();
        for (RiskRating rating : RiskRating.values()) {
            colours.put(texts.get(rating.messageKey()), RagPalette.of(rating));
        }
        sheet.ratingColours(RISK_RATING, colours);
        sheet.finish(marking, texts);
        return sheet;
    }

    private List<String> words(List<String> keys) {
        return keys.stream().map(texts::get).toList();
    }
}
