package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the network needs to look at across every roadmap: red milestones, milestones slipped beyond the threshold,
 * and open risks overdue for review. A value, so a meeting's agenda can carry it as an exceptions report.
 *
 * @param asOf                  the day it was drawn up
 * @param slippageThresholdDays slippage above this many days is an exception
 */
public record ExceptionsReport(LocalDate asOf, int slippageThresholdDays, List<Entry> entries) {

    /**
     * One exception.
     *
     * @param item the milestone or risk title
     * @param days slippage in days, or days overdue for review; 0 for a red milestone
     */
    public record Entry(ExceptionKind kind, String organisation, String item, long days) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::kind)
            .thenComparing(Entry::days, Comparator.reverseOrder())
            .thenComparing(Entry::organisation)
            .thenComparing(Entry::item);

    public ExceptionsReport {
        entries = List.copyOf(entries);
    }

    public static ExceptionsReport compute(LocalDate asOf, int slippageThresholdDays,
                                           List<OrganisationRoadmap> roadmaps) {
        var entries = new ArrayList<Entry>();
        for (OrganisationRoadmap roadmap : roadmaps) {
            String organisation = roadmap.organisationName();
            for (Milestone milestone : roadmap.milestones()) {
                if (milestone.status().isOpen() && milestone.confidence() == DeliveryConfidence.RED) {
                    entries.add(new Entry(ExceptionKind.RED_MILESTONE, organisation, milestone.title(), 0));
                }
                if (milestone.slippedBeyond(slippageThresholdDays)) {
                    entries.add(new Entry(ExceptionKind.SLIPPAGE, organisation, milestone.title(),
                            milestone.slippageDays()));
                }
            }
            for (Risk risk : roadmap.risks()) {
                if (risk.reviewOverdue(asOf)) {
                    entries.add(new Entry(ExceptionKind.OVERDUE_REVIEW, organisation, risk.title(),
                            ChronoUnit.DAYS.between(risk.reviewDate(), asOf)));
                }
            }
        }
        entries.sort(ORDER);
        return new ExceptionsReport(asOf, slippageThresholdDays, entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
