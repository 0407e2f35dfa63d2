package uk.dln.secretariat.app.core.generate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Function;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.OpenWorkspace;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Fills a new workspace with ten years of a network's records, the same for the same seed and scale, so that
 * performance can be measured at a realistic size. Writes through the repositories, so every rule, constraint and
 * audit trigger runs as it would for people using the app. Scale 10 gives ten times everything, to see how costs grow.
 */
@UseCase
public final class DecadeGenerator {

    static final LocalDate START = LocalDate.of(2016, 4, 1);
    static final LocalDate END = LocalDate.of(2026, 3, 31);

    /** Records at scale 1: the decade. */
    public static final int ORGANISATIONS = 30;
    public static final int LEADERS = 300;
    public static final int MILESTONES = 10_000;
    public static final int INDICATORS = 2_000;
    public static final int RISKS = 3_000;
    public static final int MEETINGS = 120;
    public static final int ACTIONS = 20_000;
    /** Toolkit self-assessment rounds: spring and autumn. */
    public static final int ROUNDS = 20;

    /**
     * Meetings are numbered within their year, at most 99 a year (and actions at most 999 a meeting), so above scale
     * 1 the meetings stop growing at eight a month and each raises more actions instead.
     */
    public static final int MOST_MEETINGS = 8 * 12 * 10;

    /** The parts written one after another (directory, roadmaps, meetings, toolkit): the total it reports. */
    static final int PARTS = 4;

    private final double scale;
    private final long seed;

    /** @param scale how many decades' worth: 1 for the decade, 10 to see how costs grow, 0.1 for a quick look */
    public DecadeGenerator(double scale, long seed) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be above 0: " + scale);
        }
        this.scale = scale;
        this.seed = seed;
    }

    /**
     * Creates the workspace file and fills it, with nobody watching: how tests and benchmarks make their data.
     *
     * @throws SecretariatException when the workspace already holds organisations
     */
    public DecadeSummary generate(Path file) {
        return generate(clock -> Workspace.openForBulkLoad(file, clock), Progress.none());
    }

    /**
     * Opens the workspace with the generator's clock, which steps through the decade, and fills it: a file, or a
     * database on a server (decision 0043). Reports each part written (the directory, the roadmaps, the meetings,
     * the toolkit) and checks between parts whether to stop.
     *
     * @throws SecretariatException when the workspace already holds organisations
     * @throws CancelledException   when the progress says stop; the parts written so far stay, and the generator
     *                              refuses to fill that workspace again (it holds organisations), so start afresh
     */
    public DecadeSummary generate(Function<Clock, OpenWorkspace> opener, Progress progress) {
        var clock = new SteppingClock(START);
        try (var opened = opener.apply(clock)) {
            var workspace = opened.data();
            if (!workspace.organisations().findAll().isEmpty()) {
                throw new SecretariatException("generate.error.notEmpty", opened.location());
            }
            var random = new Random(seed);
            progress.update(0, PARTS);
            var directory = new DirectoryHistory(workspace, clock, random);
            directory.write(count(ORGANISATIONS), count(LEADERS));
            progress.partDone(1, PARTS);
            var roadmaps = new RoadmapHistory(workspace, clock, random);
            roadmaps.write(directory.organisations, count(MILESTONES), count(INDICATORS), count(RISKS));
            progress.partDone(2, PARTS);
            var meetings = new MeetingHistory(workspace, clock, random);
            meetings.write(directory.organisations, directory.leaderIds, meetingCount(), count(ACTIONS));
            progress.partDone(3, PARTS);
            var toolkit = new ToolkitHistory(workspace, clock, random);
            toolkit.write(directory.organisations, count(ROUNDS));
            progress.update(PARTS, PARTS);
            return new DecadeSummary(directory.organisations.size(), directory.leaders, directory.memberships,
                    directory.declarations, roadmaps.roadmaps, roadmaps.milestones, roadmaps.changes,
                    roadmaps.indicators, roadmaps.readings, roadmaps.risks, meetings.meetings, meetings.actions,
                    meetings.updates, toolkit.rounds, toolkit.ratings);
        }
    }

    /** Monthly at scale 1; see {@link #MOST_MEETINGS} above it. */
    int meetingCount() {
        return Math.min(count(MEETINGS), MOST_MEETINGS);
    }

    private int count(int atScaleOne) {
        return (int) Math.max(1, Math.round(atScaleOne * scale));
    }
}
