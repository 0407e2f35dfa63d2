package uk.dln.secretariat.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.dln.secretariat.app.directory.OrganisationCsvReader;
import uk.dln.secretariat.app.roadmaps.RoadmapDemoData;
import uk.dln.secretariat.app.toolkit.ToolkitDemoData;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Fills a workspace with realistic records so every screen has something to show. Running it twice adds nothing the
 * second time.
 */
public final class DemoData {

    /** The reference list of government organisations, shipped inside the app. */
    public static final String REFERENCE_ORGANISATIONS = "/uk/dln/secretariat/app/directory/organisations.csv";

    /** What {@link #fill(Workspace)} added. */
    public record Summary(int organisations, int leaders, int meetings) {
    }

    private static final String STARTED = "started";
    private static final String COMPLETE = "complete";

    private final Clock clock;

    public DemoData(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds what the workspace does not have yet. Each part (people, roadmaps, meetings) is skipped once any of it
     * is there, so a run cut short half way through a part cannot be completed: the workspace remembers that a run
     * started, and a later run refuses with a message rather than report a half-filled workspace as filled.
     *
     * @throws SecretariatException {@code demo.error.interrupted} after a run that was cut short
     */
    public Summary fill(Workspace workspace) {
        if (workspace.settings().demoState().filter(STARTED::equals).isPresent()) {
            throw new SecretariatException("demo.error.interrupted", workspace.file());
        }
        workspace.settings().saveDemoState(STARTED);
        int organisations = loadReferenceOrganisations(workspace).size();
        LocalDate today = LocalDate.now(clock);
        int leaders = new DemoDirectory(workspace, today).fill();
        new RoadmapDemoData().fill(workspace, today);
        int meetings = new DemoMeetings(workspace, today).fill();
        new DemoIssuedPacks(workspace, today).fill();
        new ToolkitDemoData().fill(workspace, today);
        workspace.settings().saveDemoState(COMPLETE);
        return new Summary(organisations, leaders, meetings);
    }

    /**
     * Adds the organisations from the reference list that the workspace does not have yet, known by their short name
     * or their name, so it may be run at any time and never adds one twice.
     */
    public static List<Organisation> loadReferenceOrganisations(Workspace workspace) {
        var existing = new HashSet<String>();
        var existingNames = new HashSet<String>();
        workspace.organisations().findAll().forEach(o -> {
            existing.add(o.shortName());
            existingNames.add(o.name().strip().toLowerCase(Locale.ROOT));
        });
        OrganisationCsvReader.Result result;
        try (InputStream in = Objects.requireNonNull(DemoData.class.getResourceAsStream(REFERENCE_ORGANISATIONS))) {
            result = new OrganisationCsvReader().read(in, existing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Organisations already present are expected on a second run; anything else means the shipped list is bad.
        boolean referenceIsBroken = result.problems().stream()
                .anyMatch(problem -> !problem.messageKey().equals("import.error.shortNameExists"));
        if (referenceIsBroken) {
            throw new SecretariatException("demo.error.reference");
        }
        var missing = result.rows().stream()
                .filter(row -> !existingNames.contains(row.name().strip().toLowerCase(Locale.ROOT))).toList();
        return workspace.organisations().importRows(missing);
    }
}
