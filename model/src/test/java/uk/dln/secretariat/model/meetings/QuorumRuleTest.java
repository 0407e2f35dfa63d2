package uk.dln.secretariat.model.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.dln.secretariat.model.ValidationException;

class QuorumRuleTest {

    @Test
    void aShareOfMembersRoundsUp() {
        assertEquals(11, QuorumRule.parse("50%").required(21));
        assertEquals(10, QuorumRule.parse("50 %").required(20));
    }

    @Test
    void aFixedNumberIgnoresHowManyMembersThereAre() {
        assertEquals(8, QuorumRule.parse("8").required(30));
    }

    @Test
    void isMetAtTheRequiredNumberAndNotBelow() {
        var rule = QuorumRule.parse("50%");
        assertTrue(rule.isMet(10, 20));
        assertFalse(rule.isMet(9, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "half", "0", "120%", "-3"})
    void refusesRulesThatMeanNothing(String text) {
        var error = assertThrows(ValidationException.class, () -> QuorumRule.parse(text));
        assertEquals("quorum", error.problems().get(0).field());
    }

    @Test
    void printsAsTyped() {
        assertEquals("50%", QuorumRule.parse("50%").toString());
        assertEquals("8", QuorumRule.parse("8").toString());
    }
}
