package uk.dln.secretariat.app.roadmaps;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.ExceptionsReport;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;

/** Every member organisation's delivery confidence at a glance, and the exceptions report for the network. */
final class NetworkPane extends VBox {

    /** A member organisation and its roadmap for the period, if it has one. */
    record Line(Organisation organisation, Optional<OrganisationRoadmap> roadmap) {
    }

    private final RoadmapsViewModel context;
    private final TableView<Line> organisations = new TableView<>();
    private final TableView<ExceptionsReport.Entry> exceptions = new TableView<>();
    private final Label exceptionsHeading = new Label();

    NetworkPane(RoadmapsViewModel context) {
        this.context = context;
        organisations.setId("network-table");
        organisations.setAccessibleText(Messages.get("roadmaps.network.heading"));
        organisations.setPlaceholder(new Label(Messages.get("roadmaps.network.none")));
        organisations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Whole names, confidences and counts at any window size: these columns keep their width, the strategy and
        // the figures after them give way, and a scroll bar appears rather than an ellipsis.
        Controls.column(organisations, "roadmaps.network.organisation", 320, l -> l.organisation().name())
                .setMinWidth(320);
        var confidence = Controls.column(organisations, "roadmaps.network.confidence", 160, l -> l.roadmap()
                .flatMap(OrganisationRoadmap::overallConfidence).map(c -> Messages.get(c.messageKey()))
                .orElse(Messages.get(l.roadmap().isPresent() ? "roadmaps.network.noOpen" : "roadmaps.network.noRoadmap")));
        confidence.setCellFactory(column -> new ConfidenceCell<>());
        confidence.setMinWidth(Math.max(160, confidence.getMinWidth()));
        Controls.column(organisations, "roadmaps.network.counts", 220, l -> l.roadmap().map(this::counts).orElse(""))
                .setMinWidth(220);
        Controls.column(organisations, "roadmaps.network.slipped", 110, l -> l.roadmap().map(r -> String.valueOf(
                r.milestones().stream().filter(m -> m.slippedBeyond(threshold())).count())).orElse(""));
        Controls.column(organisations, "roadmaps.network.risks", 90, l -> l.roadmap().map(r -> String.valueOf(
                r.risks().stream().filter(NetworkPane::isOpen).count())).orElse(""));
        Controls.column(organisations, "roadmaps.network.strategy", 240,
                l -> l.roadmap().map(r -> r.roadmap().strategyTitle()).orElse(""));

        exceptions.setId("exceptions-table");
        exceptions.setAccessibleText(Messages.get("roadmaps.exceptions.accessible"));
        exceptions.setPlaceholder(new Label(Messages.get("roadmaps.exceptions.none")));
        exceptions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Controls.column(exceptions, "roadmaps.network.organisation", 320, ExceptionsReport.Entry::organisation)
                .setMinWidth(320);
        Controls.column(exceptions, "roadmaps.exceptions.item", 260, ExceptionsReport.Entry::item);
        Controls.column(exceptions, "roadmaps.exceptions.reason", 260,
                e -> Messages.get(e.kind().messageKey(), e.days()));

        var heading = new Label(Messages.get("roadmaps.network.heading"));
        heading.getStyleClass().add("heading-m");
        exceptionsHeading.getStyleClass().add("heading-m");
        var note = new Label(Messages.get("roadmaps.exceptions.note"));
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(heading, organisations, exceptionsHeading, note, exceptions);
        VBox.setVgrow(organisations, Priority.ALWAYS);
        VBox.setVgrow(exceptions, Priority.ALWAYS);
        setSpacing(8);
        setPadding(new Insets(12));
        context.snapshotProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private int threshold() {
        return context.snapshot().settings().slippageThresholdDays();
    }

    private String counts(OrganisationRoadmap roadmap) {
        var parts = new StringBuilder();
        for (DeliveryConfidence confidence : DeliveryConfidence.values()) {
            long count = roadmap.countOpen(confidence);
            if (count > 0) {
                parts.append(parts.isEmpty() ? "" : ", ").append(Messages.get("roadmaps.network.count",
                        Messages.get(confidence.messageKey()), count));
            }
        }
        return parts.toString();
    }

    private void refresh() {
        var snapshot = context.snapshot();
        organisations.getItems().setAll(snapshot.organisations().stream().filter(Organisation::member)
                .map(o -> new Line(o, snapshot.overview().stream().filter(r -> r.roadmap().organisationId() == o.id())
                        .findFirst()))
                .toList());
        ExceptionsReport report = context.exceptions();
        exceptions.getItems().setAll(report.entries());
        exceptionsHeading.setText(Messages.get("roadmaps.exceptions.heading", report.entries().size(),
                Dates.format(report.asOf()), report.slippageThresholdDays()));
    }

    static boolean isOpen(Risk risk) {
        return risk.status() == uk.dln.secretariat.model.roadmaps.RiskStatus.OPEN;
    }
}
