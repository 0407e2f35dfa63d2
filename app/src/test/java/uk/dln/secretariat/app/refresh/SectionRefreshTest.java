package uk.dln.secretariat.app.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.shared.ChangeDelivery;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.core.shared.ChangesByOthers;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.shell.Section;

/** Which section reads its records again, and when, once someone else changed them. */
class SectionRefreshTest {

    private final List<Consumer<RecordChanged>> server = new ArrayList<>();
    private final SimpleObjectProperty<Section> showing = new SimpleObjectProperty<>(Section.DIRECTORY);
    private final SimpleStringProperty organisationName = new SimpleStringProperty("");
    private final ChangeTracker typing = new ChangeTracker(organisationName::get, organisationName);
    private final ChangeGuard directoryEditors = new ChangeGuard((heading, message) -> SaveChoice.CANCEL)
            .watch(UnsavedChanges.of("Organisation", typing, saved -> { }, () -> { }));
    private final List<String> reloads = new ArrayList<>();
    private SectionRefresh refresh;

    @BeforeEach
    void setUp() {
        // Delivered at once, on this thread: grouping and threads are the delivery's own test's business.
        var delivery = new ChangeDelivery(Runnable::run, (delay, action) -> action.run(), Duration.ZERO,
                Clock.systemUTC());
        delivery.follow(listener -> {
            server.add(listener);
            return () -> server.remove(listener);
        });
        refresh = new SectionRefresh(delivery, showing);
        refresh.reload(Section.DIRECTORY, directoryEditors, () -> reloads.add("directory"));
        refresh.reload(Section.ROADMAPS, () -> reloads.add("roadmaps"));
    }

    @Test
    void theSectionShowingReadsAgainAtOnceWhenItsTablesChanged() {
        changed("organisation", 4);

        assertEquals(List.of("directory"), reloads);
    }

    @Test
    void aChangeToTablesNoSectionShowsReadsNothing() {
        changed("audit_actor", 1);

        assertEquals(List.of(), reloads);
    }

    @Test
    void aSectionBehindTheOneShowingReadsAgainOnceWhenNextShown() {
        changed("milestone", 4);
        changed("risk", 9);
        assertEquals(List.of(), reloads);

        showing.set(Section.ROADMAPS);

        assertEquals(List.of("roadmaps"), reloads);
        showing.set(Section.DIRECTORY);
        showing.set(Section.ROADMAPS);
        assertEquals(List.of("roadmaps"), reloads, "nothing new to read");
    }

    @Test
    void aSectionWithUnsavedTypingReadsAgainOnlyOnceTheTypingIsSavedOrGivenUp() {
        organisationName.set("Department for Science, Innovation and Technology");

        changed("organisation", 4);
        assertEquals(List.of(), reloads, "the typing is never written over");

        typing.markClean();
        assertEquals(List.of("directory"), reloads);
    }

    @Test
    void aSectionThatKeepsItsOwnTypingIsToldWhichRecordsChanged() {
        var told = new ArrayList<ChangedRecords>();
        refresh.tell(Section.DIRECTORY, told::add);

        changed("leader", 12);

        assertEquals(List.of(new RecordChanged("leader", 12, "anna")), told.get(0).changes());
    }

    private void changed(String table, long id) {
        List.copyOf(server).forEach(listener -> listener.accept(new RecordChanged(table, id, "anna")));
    }
}
