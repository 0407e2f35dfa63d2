package uk.dln.secretariat.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The user guide shipped inside the app, read from the same Markdown file as {@code docs/user-guide.md}: headings,
 * paragraphs, bullet points and code blocks, which is all the guide uses. Kept free of JavaFX so it is tested
 * without a toolkit; {@link GuideWindow} shows it.
 */
public final class UserGuide {

    /** Where the build puts the guide among the app's resources. */
    public static final String RESOURCE = "/uk/dln/secretariat/app/help/user-guide.md";

    /** One block of the guide. */
    public sealed interface Block permits Heading, Paragraph, Bullet, Code {
    }

    /** A heading: level 1 is the title, level 2 a part of the guide (one per section of the window). */
    public record Heading(int level, String text) implements Block {
    }

    /** Running text, with **bold** and `code` spans still marked. */
    public record Paragraph(String text) implements Block {
    }

    /** One bullet point. */
    public record Bullet(String text) implements Block {
    }

    /** A block of commands or examples, shown as typed. */
    public record Code(String text) implements Block {
    }

    private final List<Block> blocks;

    private UserGuide(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static UserGuide shipped() {
        try (InputStream in = Objects.requireNonNull(UserGuide.class.getResourceAsStream(RESOURCE),
                "the user guide is missing from the app")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UserGuide parse(String markdown) {
        var blocks = new ArrayList<Block>();
        var text = new StringBuilder();
        boolean inBullet = false;
        StringBuilder code = null;
        for (String line : markdown.split("\r?\n", -1)) {
            if (code != null) {
                if (line.startsWith("```")) {
                    blocks.add(new Code(code.toString().stripTrailing()));
                    code = null;
                } else {
                    code.append(line).append('\n');
                }
                continue;
            }
            String trimmed = line.strip();
            boolean indented = line.startsWith(" ");
            if (trimmed.startsWith("```")) {
                flush(blocks, text, inBullet);
                code = new StringBuilder();
            } else if (trimmed.isEmpty()) {
                flush(blocks, text, inBullet);
            } else if (trimmed.startsWith("#") && !indented) {
                flush(blocks, text, inBullet);
                int level = (int) trimmed.chars().takeWhile(c -> c == '#').count();
                blocks.add(new Heading(level, trimmed.substring(level).strip()));
            } else if (trimmed.startsWith("- ") && !indented) {
                flush(blocks, text, inBullet);
                inBullet = true;
                text.append(trimmed.substring(2).strip());
            } else {
                if (inBullet && !indented && text.length() > 0) {
                    // A line after a bullet point that is not indented starts a paragraph of its own.
                    flush(blocks, text, true);
                }
                if (text.length() == 0) {
                    inBullet = inBullet && indented;
                } else {
                    text.append(' ');
                }
                text.append(trimmed);
            }
            if (text.length() == 0) {
                inBullet = false;
            }
        }
        flush(blocks, text, inBullet);
        return new UserGuide(blocks);
    }

    private static void flush(List<Block> blocks, StringBuilder text, boolean bullet) {
        if (text.length() > 0) {
            blocks.add(bullet ? new Bullet(text.toString()) : new Paragraph(text.toString()));
            text.setLength(0);
        }
    }

    public List<Block> blocks() {
        return blocks;
    }

    /**
     * The part of the guide about a section of the window: the level-2 heading that begins with the section's
     * title ("Board packs" for Board packs), so the guide's headings name the sections as the window does.
     */
    public Optional<Heading> partAbout(String sectionTitle) {
        String wanted = sectionTitle.toLowerCase(Locale.ROOT);
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .filter(heading -> heading.level() == 2 && heading.text().toLowerCase(Locale.ROOT).startsWith(wanted))
                .findFirst();
    }

    /** Splits text into plain, **bold** and `code` spans, in order. */
    public static List<Span> spans(String text) {
        var spans = new ArrayList<Span>();
        int i = 0;
        var plain = new StringBuilder();
        while (i < text.length()) {
            if (text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                if (end > i + 2) {
                    addPlain(spans, plain);
                    spans.add(new Span(text.substring(i + 2, end), Span.Kind.BOLD));
                    i = end + 2;
                    continue;
                }
            } else if (text.charAt(i) == '`') {
                int end = text.indexOf('`', i + 1);
                if (end > i + 1) {
                    addPlain(spans, plain);
                    spans.add(new Span(text.substring(i + 1, end), Span.Kind.CODE));
                    i = end + 1;
                    continue;
                }
            }
            plain.append(text.charAt(i));
            i++;
        }
        addPlain(spans, plain);
        return spans;
    }

    private static void addPlain(List<Span> spans, StringBuilder plain) {
        if (plain.length() > 0) {
            spans.add(new Span(plain.toString(), Span.Kind.PLAIN));
            plain.setLength(0);
        }
    }

    /** A run of text and how it is set. */
    public record Span(String text, Kind kind) {
        public enum Kind { PLAIN, BOLD, CODE }
    }
}
