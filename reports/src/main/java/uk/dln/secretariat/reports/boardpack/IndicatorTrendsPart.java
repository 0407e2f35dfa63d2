package uk.dln.secretariat.reports.boardpack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/** Indicator trends: where every indicator stands against its target line, then each one's chart by organisation. */
final class IndicatorTrendsPart implements PackPart {

    /** Two charts side by side across the text width, with a little space between. */
    private static final int CHART_WIDTH = WordDocument.TEXT_WIDTH / 2 - 120;

    private final PackCharts charts;

    IndicatorTrendsPart(PackCharts charts) {
        this.charts = charts;
    }

    @Override
    public String titleKey() {
        return "pack.section.indicators";
    }

    @Override
    public void write(WordDocument document, PackRequest request) {
        var texts = document.texts();
        document.heading(1, texts.get("pack.section.indicators"));
        List<IndicatorSeries> all = request.roadmaps().map(r -> r.indicators()).orElse(List.of());
        if (all.isEmpty()) {
            document.body(texts.get("pack.indicators.none"));
            return;
        }
        document.body(texts.get("pack.indicators.intro"));
        var table = new WordTable(document, List.of(new Column(texts.get("roadmaps.network.organisation"), 4),
                new Column(texts.get("pack.indicator.name"), 5), new Column(texts.get("pack.indicator.baseline"), 2),
                new Column(texts.get("pack.indicator.latest"), 3), new Column(texts.get("pack.indicator.target"), 3),
                new Column(texts.get("pack.indicator.track"), 2)));
        for (IndicatorSeries series : all) {
            var indicator = series.indicator();
            table.row(Cell.of(series.organisation()), Cell.of(indicator.name()),
                    Cell.of(Numbers.withUnit(indicator.baseline(), indicator.unit())),
                    Cell.of(series.latest().map(r -> texts.get("pack.indicator.latestValue",
                            Numbers.withUnit(r.value(), indicator.unit()), r.period().label())).orElse("")),
                    Cell.of(texts.get("pack.indicator.targetValue", Numbers.withUnit(indicator.target(),
                            indicator.unit()), texts.shortDate(indicator.targetDate()))),
                    Cells.track(texts, series.track()));
        }
        table.write();

        Map<String, List<IndicatorSeries>> byOrganisation = all.stream().collect(Collectors.groupingBy(
                IndicatorSeries::organisation, LinkedHashMap::new, Collectors.toList()));
        byOrganisation.forEach((organisation, series) -> {
            document.heading(2, organisation);
            var paragraph = document.paragraph("Normal", "");
            for (int i = 0; i < series.size(); i++) {
                var image = charts.trend(series.get(i));
                if (i % 2 == 1) {
                    paragraph.createRun().setText("   ");
                }
                var run = paragraph.createRun();
                document.picture(run, image.png(), image.width(), image.height(), CHART_WIDTH, image.altText());
            }
        });
        document.paragraph("Caption", texts.get("pack.indicators.caption"));
    }
}
