package uk.dln.secretariat.app.core.generate;

/** How many records of each kind the generator wrote: what the benchmarks report their data size as. */
public record DecadeSummary(int organisations, int leaders, int memberships, int declarations, int roadmaps,
                            int milestones, int milestoneChanges, int indicators, int readings, int risks,
                            int meetings, int actions, int actionUpdates, int rounds, int ratings) {
}
