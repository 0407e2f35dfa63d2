package uk.dln.secretariat.reports;

/**
 * The one rule for stored text on its way into a document's XML. XML 1.0 forbids most control characters
 * (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F) and U+FFFE/U+FFFF, in attributes as well as in text; a single one
 * makes the whole part unreadable to Word, Excel and LibreOffice. Input refuses them, but older records, imports and
 * other tools may still hold them, so every string from a record passes through here before it reaches POI.
 *
 * <p>A vertical tab or form feed is what Word leaves behind for a manual line or page break, so it becomes a line
 * break; every other forbidden character, and a half of a surrogate pair without its other half, is left out.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text with nothing XML 1.0 forbids; {@code null} becomes empty. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        var clean = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u000B' || c == '\u000C') {
                clean.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** Whether the text can go into XML as it stands. */
    public static boolean isClean(String text) {
        return text == null || firstForbidden(text) < 0;
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** XML 1.0's Char production, for one UTF-16 unit that is not part of a surrogate pair. */
    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
