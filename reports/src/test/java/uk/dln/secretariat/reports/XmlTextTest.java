package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class XmlTextTest {

    static IntStream forbidden() {
        return IntStream.concat(IntStream.rangeClosed(0, 0x1F).filter(c -> c != '\t' && c != '\n' && c != '\r'),
                IntStream.of(0xFFFE, 0xFFFF));
    }

    @ParameterizedTest
    @MethodSource("forbidden")
    void everyCharacterXmlForbidsIsTakenOut(int c) {
        String text = "Launch" + (char) c + "day";
        assertFalse(XmlText.isClean(text));
        String clean = XmlText.clean(text);
        assertTrue(XmlText.isClean(clean), clean);
        assertTrue(clean.equals("Launchday") || clean.equals("Launch\nday"), clean);
    }

    @Test
    void aVerticalTabOrFormFeedFromWordBecomesALineBreak() {
        assertEquals("one\ntwo\nthree", XmlText.clean("one\u000Btwo\u000Cthree"));
    }

    @Test
    void tabsLineBreaksAndLettersOutsideTheBasicPlaneAreKept() {
        String text = "Cymraeg\tŵ ŷ\r\n\uD83D\uDE00 emoji";
        assertSame(text, XmlText.clean(text));
    }

    @Test
    void halfASurrogatePairIsLeftOut() {
        assertEquals("ab", XmlText.clean("a\uD83Db"));
        assertEquals("ab", XmlText.clean("a\uDE00b"));
    }

    @Test
    void nothingBecomesEmpty() {
        assertEquals("", XmlText.clean(null));
    }
}
