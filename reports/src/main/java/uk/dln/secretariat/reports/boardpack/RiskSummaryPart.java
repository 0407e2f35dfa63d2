package uk.dln.secretariat.reports.boardpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskRating;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * Risk summary: the 5x5 heat map as a table (each cell its score, rating in words and colour, and the number of open
 * risks there, so it reads aloud and prints in black and white), then the open risks by score.
 */
final class RiskSummaryPart implements PackPart {

    @Override
    public String titleKey() {
        return "pack.section.risks";
    }

    @Override
    public void write(WordDocument document, PackRequest request) {
        var texts = document.texts();
        document.heading(1, texts.get("pack.section.risks"));
        var open = new ArrayList<Map.Entry<String, Risk>>();
        request.roadmaps().ifPresent(data -> {
            for (OrganisationRoadmap roadmap : data.roadmaps()) {
                roadmap.risks().stream().filter(r -> r.status() == RiskStatus.OPEN)
                        .forEach(r -> open.add(Map.entry(roadmap.organisationName(), r)));
            }
        });
        if (open.isEmpty()) {
            document.body(texts.get("pack.risks.none"));
            return;
        }
        open.sort(Comparator.comparing((Map.Entry<String, Risk> e) -> e.getValue().score()).reversed()
                .thenComparing(Map.Entry::getKey));
        document.body(texts.get("pack.risks.intro", open.size(),
                count(open, RiskRating.VERY_HIGH), count(open, RiskRating.HIGH)));
        heatMap(document, texts, open);
        riskTable(document, texts, open, request);
    }

    private static long count(List<Map.Entry<String, Risk>> risks, RiskRating rating) {
        return risks.stream().filter(e -> e.getValue().rating() == rating).count();
    }

    private static void heatMap(WordDocument document, Texts texts, List<Map.Entry<String, Risk>> open) {
        document.heading(2, texts.get("roadmaps.risk.heatMap"));
        int[][] counts = new int[5][5];
        open.forEach(e -> counts[e.getValue().likelihood() - 1][e.getValue().impact() - 1]++);
        var columns = new ArrayList<Column>();
        columns.add(new Column(texts.get("pack.risks.likelihoodImpact"), 4));
        for (int impact = 1; impact <= 5; impact++) {
            columns.add(new Column(texts.get("pack.risks.impact", impact), 3));
        }
        var table = new WordTable(document, columns);
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            var cells = new ArrayList<Cell>();
            cells.add(Cell.bold(texts.get("pack.risks.likelihood", likelihood)));
            for (int impact = 1; impact <= 5; impact++) {
                int score = likelihood * impact;
                RiskRating rating = RiskRating.of(score);
                cells.add(new Cell(texts.get("pack.risks.cell", score, texts.get(rating.messageKey()),
                        counts[likelihood - 1][impact - 1]), RagPalette.of(rating), counts[likelihood - 1][impact - 1] > 0));
            }
            table.row(cells);
        }
        table.write();
    }

    private static void riskTable(WordDocument document, Texts texts, List<Map.Entry<String, Risk>> open,
                                  PackRequest request) {
        document.heading(2, texts.get("pack.risks.open"));
        // The pack shows what needs the network's attention; every open risk is in the trackers' Risks sheet.
        var serious = open.stream().filter(e -> e.getValue().rating().compareTo(RiskRating.HIGH) >= 0).toList();
        if (serious.isEmpty()) {
            document.body(texts.get("pack.risks.noneSerious"));
            return;
        }
        if (serious.size() < open.size()) {
            document.body(texts.get("pack.risks.lowerInTrackers", open.size() - serious.size()));
        }
        var table = new WordTable(document, List.of(new Column(texts.get("roadmaps.network.organisation"), 4),
                new Column(texts.get("pack.risk.title"), 5), new Column(texts.get("pack.risk.score"), 3),
                new Column(texts.get("pack.risk.review"), 3), new Column(texts.get("pack.risk.mitigation"), 6)));
        for (var entry : serious) {
            Risk risk = entry.getValue();
            String review = texts.shortDate(risk.reviewDate());
            if (risk.reviewOverdue(request.date())) {
                review = texts.get("pack.risk.reviewOverdue", review);
            }
            table.row(Cell.of(entry.getKey()), Cell.of(texts.get("pack.risk.titleOwner", risk.title(), risk.owner())),
                    Cell.rated(texts.get("pack.risk.scoreValue", risk.score(), texts.get(risk.rating().messageKey()),
                            risk.likelihood(), risk.impact()), RagPalette.of(risk.rating())),
                    Cell.of(review), Cell.of(risk.mitigation()));
        }
        table.write();
    }
}
