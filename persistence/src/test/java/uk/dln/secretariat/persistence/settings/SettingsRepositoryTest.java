package uk.dln.secretariat.persistence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.Workspace;

class SettingsRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void aNewWorkspaceHasTheDefaults() {
        try (var workspace = Workspace.open(folder.resolve("w.dlnw"))) {
            assertEquals(NetworkSettings.DEFAULTS, workspace.settings().load());
        }
    }

    @Test
    void savedSettingsTravelWithTheFile() {
        Path file = folder.resolve("w.dlnw");
        var settings = new NetworkSettings("Welsh Digital Leaders", "WDL",
                ProtectiveMarking.parse("OFFICIAL-SENSITIVE PERSONAL DATA"));
        try (var workspace = Workspace.open(file)) {
            workspace.settings().save(settings);
        }
        try (var reopened = Workspace.open(file)) {
            assertEquals(settings, reopened.settings().load());
        }
    }

    @Test
    void savingAgainReplacesEveryValue() {
        try (var workspace = Workspace.open(folder.resolve("w.dlnw"))) {
            workspace.settings().save(new NetworkSettings("First", "AAA", ProtectiveMarking.OFFICIAL));
            var second = new NetworkSettings("Second", "BBB", ProtectiveMarking.OFFICIAL);
            workspace.settings().save(second);
            assertEquals(second, workspace.settings().load());
        }
    }

    @Test
    void theRoadmapSettingsAreStoredWithTheOthers() {
        var settings = NetworkSettings.DEFAULTS.withRoadmapSettings(ConfidenceScale.FIVE_POINT, 45);
        try (var workspace = Workspace.open(folder.resolve("w.dlnw"))) {
            workspace.settings().save(settings);
            assertEquals(settings, workspace.settings().load());
        }
    }
}
