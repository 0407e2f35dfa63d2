package uk.dln.secretariat.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final LocalDate THIRD_OF_DECEMBER = LocalDate.of(2026, 12, 3);

    @AfterEach
    void backToEnglish() {
        Messages.useLocale(Locale.UK);
    }

    @Test
    void eachInstanceFormatsDatesInItsOwnLanguage() {
        assertEquals("3 Dec 2026", new Messages(Locale.UK).date(THIRD_OF_DECEMBER));
        assertEquals("3 Rhag 2026", new Messages(Locale.forLanguageTag("cy-GB")).date(THIRD_OF_DECEMBER));
    }

    @Test
    void aRefusalOverSomeoneElsesChangeSaysWhenInThePersonsOwnDateStyle() {
        var refusal = new uk.dln.secretariat.model.SecretariatException("record.error.changedByOther", "carol",
                java.time.LocalDateTime.of(2026, 12, 3, 22, 20), "status");
        String said = new Messages(Locale.UK).textOf(refusal);
        assertEquals("Not saved: carol changed this record at 22:20 on 3 Dec 2026 (status) after you opened it. Reload it"
                + " to see that change, then make yours again.", said);
        String cymraeg = new Messages(Locale.forLanguageTag("cy")).textOf(refusal);
        org.junit.jupiter.api.Assertions.assertTrue(cymraeg.contains("22:20") && cymraeg.contains("3 Rhag 2026"), cymraeg);
    }

    @Test
    void theWindowsDatesFollowAChangeOfLanguage() {
        Messages.useLocale(Locale.UK);
        assertEquals("3 Dec 2026", Dates.format(THIRD_OF_DECEMBER));
        Messages.useLocale(Locale.forLanguageTag("cy"));
        assertEquals("3 Rhag 2026", Dates.format(THIRD_OF_DECEMBER));
    }

    @Test
    void englishAskedForOnAWelshMachineIsEnglish() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("cy-GB"));
            var english = new Messages(Locale.UK);
            assertEquals(Locale.UK, english.locale());
            assertEquals("", english.resources().getLocale().getLanguage());
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void anyOtherLanguageReadsAsBritishEnglish() {
        assertEquals(Locale.UK, new Messages(Locale.FRANCE).locale());
        assertEquals("3 Dec 2026", new Messages(Locale.FRANCE).date(THIRD_OF_DECEMBER));
    }
}
