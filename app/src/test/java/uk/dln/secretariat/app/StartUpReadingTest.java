package uk.dln.secretariat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.app.support.TestPreferences;

/**
 * The preferences and the interface's language are read while JavaFX starts; the window then gets the same as it
 * would have read itself, whether the reading was begun or not.
 */
class StartUpReadingTest {

    private final TestPreferences saved = new TestPreferences();
    private String nodeBefore;

    @BeforeEach
    void useTheTestNode() {
        nodeBefore = System.setProperty(UserPreferences.NODE_PROPERTY, saved.nodePath());
        saved.preferences().saveLanguage(Locale.forLanguageTag("cy"));
    }

    @AfterEach
    void restore() throws Exception {
        if (nodeBefore == null) {
            System.clearProperty(UserPreferences.NODE_PROPERTY);
        } else {
            System.setProperty(UserPreferences.NODE_PROPERTY, nodeBefore);
        }
        Messages.useLocale(Locale.UK);
        saved.close();
    }

    @Test
    void readingBegunBeforeTheWindowGivesThePersonsPreferencesWithTheirLanguageInEffect() {
        Messages.useLocale(Locale.UK);
        StartUpReading.begin();

        UserPreferences preferences = StartUpReading.preferences();

        assertEquals(Optional.of(Locale.forLanguageTag("cy")), preferences.language());
        assertEquals("cy", Messages.current().locale().getLanguage());
    }

    @Test
    void aWindowOpenedWithoutTheLauncherReadsThemItself() {
        Messages.useLocale(Locale.UK);

        UserPreferences preferences = StartUpReading.preferences();

        assertEquals(Optional.of(Locale.forLanguageTag("cy")), preferences.language());
        assertEquals("cy", Messages.current().locale().getLanguage());
    }
}
