package uk.dln.secretariat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule for typed and imported text: nothing a document cannot carry. */
class PlainTextRuleTest {

    static IntStream refused() {
        return IntStream.concat(IntStream.rangeClosed(0, 0x1F).filter(c -> c != '\t' && c != '\n' && c != '\r'),
                IntStream.of(0x7F, 0xFFFE, 0xFFFF));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void aControlCharacterIsRefusedNamingTheFieldTheCharacterAndWhereItIs(int c) {
        var problems = new Validator().plainText("title", "Launch" + (char) c + " day").problems();

        assertEquals(List.of(Problem.of("title", "validation.controlCharacter", String.format("U+%04X", c), 7)),
                problems);
    }

    @Test
    void tabsLineBreaksAndEveryLanguageAreAccepted() {
        var problems = new Validator().plainText("summary", "Cymraeg: ŵ ŷ\tΑθήνα\r\n中文 \uD83D\uDE00")
                .plainText("empty", "").plainText("missing", null).problems();

        assertTrue(problems.isEmpty(), problems.toString());
    }
}
