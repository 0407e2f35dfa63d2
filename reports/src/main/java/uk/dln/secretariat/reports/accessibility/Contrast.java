package uk.dln.secretariat.reports.accessibility;

import java.util.Locale;

/**
 * The contrast ratio between two colours as WCAG 2.2 defines it (relative luminance, from 1:1 to 21:1). Text needs
 * at least 4.5:1 on its ground; large text and focus indicators at least 3:1.
 */
public final class Contrast {

    public static final double TEXT = 4.5;
    public static final double LARGE_TEXT_OR_FOCUS = 3.0;

    private Contrast() {
    }

    /** @param first a colour as six hex digits, with or without '#' */
    public static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("(?i)[0-9a-f]{6}")) {
            throw new IllegalArgumentException("not a colour: " + hex);
        }
        int rgb = Integer.parseInt(digits.toLowerCase(Locale.ROOT), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
