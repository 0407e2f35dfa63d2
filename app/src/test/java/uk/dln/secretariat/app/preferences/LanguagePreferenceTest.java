package uk.dln.secretariat.app.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.i18n.InterfaceLanguage;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;

class LanguagePreferenceTest {

    private static final Locale WELSH_SYSTEM = Locale.forLanguageTag("cy-GB");

    private final TestPreferences store = new TestPreferences();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void tearDown() throws Exception {
        Messages.useLocale(Locale.UK);
        store.close();
    }

    @Test
    void aWelshSystemStartsInWelshAndIsAskedOnce() {
        var language = new LanguagePreference(store.preferences(), WELSH_SYSTEM);
        assertEquals(InterfaceLanguage.WELSH, language.applyAtStartUp());
        assertTrue(language.offerNeeded());
        dialogs.answers.add(false);
        var rebuilt = new int[1];

        language.offer(dialogs, new ChangeGuard(dialogs), () -> rebuilt[0]++);

        assertEquals(1, rebuilt[0], "English was chosen over the Welsh showing");
        assertEquals(InterfaceLanguage.ENGLISH, LanguagePreference.current());
        assertFalse(language.offerNeeded(), "the answer is remembered");
        assertEquals(InterfaceLanguage.ENGLISH, new LanguagePreference(store.preferences(), WELSH_SYSTEM)
                .applyAtStartUp());
    }

    @Test
    void theFirstRunQuestionOffersCymraegAndEnglishNeverCancel() {
        var language = new LanguagePreference(store.preferences(), WELSH_SYSTEM);
        language.applyAtStartUp();

        language.offer(dialogs, new ChangeGuard(dialogs), () -> { });

        assertEquals(List.of("Cymraeg | English"), dialogs.answersOffered,
                "each answer names its language in itself, in a window that speaks Welsh");
    }

    @Test
    void anEnglishSystemIsNotAskedAndStartsInEnglish() {
        var language = new LanguagePreference(store.preferences(), Locale.UK);
        assertEquals(InterfaceLanguage.ENGLISH, language.applyAtStartUp());
        assertFalse(language.offerNeeded());
    }

    @Test
    void aChoiceIsRememberedForTheNextStart() {
        var language = new LanguagePreference(store.preferences(), Locale.UK);
        language.applyAtStartUp();
        language.choose(InterfaceLanguage.WELSH, new ChangeGuard(dialogs), () -> { });
        assertEquals(InterfaceLanguage.WELSH, LanguagePreference.current());
        assertEquals(InterfaceLanguage.WELSH, new LanguagePreference(store.preferences(), Locale.UK)
                .applyAtStartUp());
    }
}
