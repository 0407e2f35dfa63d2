package uk.dln.secretariat.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.shell.Section;

class UserGuideTest {

    @ParameterizedTest
    @EnumSource(Section.class)
    void theShippedGuideHasAPartAboutEverySectionOfTheWindow(Section section) {
        var part = UserGuide.shipped().partAbout(Messages.get(section.titleKey()));

        assertTrue(part.isPresent(), "no part of the guide about " + section);
    }

    @Test
    void theShippedGuideNeverTellsAWindowUserToTypeACommand() {
        var guide = UserGuide.shipped();

        assertTrue(guide.blocks().stream().noneMatch(UserGuide.Code.class::isInstance), "a command block");
        assertTrue(guide.blocks().stream().map(Object::toString).noneMatch(text -> text.contains("./mvnw")
                || text.contains("secretariat demo") || text.contains("secretariat -w")), "a command in the text");
    }

    @Test
    void headingsParagraphsBulletsAndCodeAreToldApart() {
        var guide = UserGuide.parse("""
                # Title

                Some text
                on two lines.

                - First point
                  carried on.
                - Second point
                After the list.

                ```
                secretariat --help
                ```
                """);

        assertEquals(List.of(new UserGuide.Heading(1, "Title"), new UserGuide.Paragraph("Some text on two lines."),
                new UserGuide.Bullet("First point carried on."), new UserGuide.Bullet("Second point"),
                new UserGuide.Paragraph("After the list."), new UserGuide.Code("secretariat --help")),
                guide.blocks());
    }

    @Test
    void boldAndCodeSpansAreSetApartFromPlainText() {
        assertEquals(List.of(new UserGuide.Span("Choose ", UserGuide.Span.Kind.PLAIN),
                new UserGuide.Span("File > New", UserGuide.Span.Kind.BOLD),
                new UserGuide.Span(" to make ", UserGuide.Span.Kind.PLAIN),
                new UserGuide.Span("x.secretariat", UserGuide.Span.Kind.CODE)),
                UserGuide.spans("Choose **File > New** to make `x.secretariat`"));
    }
}
