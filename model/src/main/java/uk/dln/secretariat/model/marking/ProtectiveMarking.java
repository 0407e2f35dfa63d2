package uk.dln.secretariat.model.marking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

/**
 * A Government Security Classifications marking: classification, then an optional handling instruction, then
 * descriptors, e.g. {@code OFFICIAL-SENSITIVE RECIPIENTS ONLY PERSONAL DATA}.
 *
 * @param classification      OFFICIAL or OFFICIAL-SENSITIVE
 * @param handlingInstruction e.g. {@code RECIPIENTS ONLY}; empty string when there is none
 * @param descriptors         e.g. {@code PERSONAL DATA}; organisations may add their own
 */
public record ProtectiveMarking(Classification classification, String handlingInstruction, List<String> descriptors) {

    public static final ProtectiveMarking OFFICIAL = new ProtectiveMarking(Classification.OFFICIAL, "", List.of());

    public static final String RECIPIENTS_ONLY = "RECIPIENTS ONLY";
    public static final String FOR_PUBLIC_RELEASE = "FOR PUBLIC RELEASE";
    public static final List<String> HANDLING_INSTRUCTIONS =
            List.of(RECIPIENTS_ONLY, FOR_PUBLIC_RELEASE, "HMG USE ONLY", "EMBARGOED");
    public static final List<String> DESCRIPTORS = List.of(
            "PERSONAL DATA", "LEGAL PROFESSIONAL PRIVILEGE", "LEGAL", "MARKET SENSITIVE", "COMMERCIAL",
            "HR / MANAGEMENT");

    private static final Pattern ABOVE_OFFICIAL = Pattern.compile("^(TOP\\s+SECRET|SECRET)\\b.*");
    private static final Pattern ORGANISATION_USE_ONLY = Pattern.compile("^(\\S+(?: \\S+)*? USE ONLY)(?: (.*))?$");
    private static final Pattern EMBARGOED = Pattern.compile("^(EMBARGOED(?: UNTIL)? [0-9:]+ [0-9/.-]+)(?: (.*))?$");

    public ProtectiveMarking {
        Objects.requireNonNull(classification, "classification");
        handlingInstruction = handlingInstruction == null ? "" : handlingInstruction.strip().toUpperCase(Locale.ROOT);
        descriptors = descriptors.stream().map(d -> d.strip().toUpperCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                .toList();
        List<Problem> problems = new ArrayList<>();
        if (classification == Classification.OFFICIAL && handlingInstruction.equals(RECIPIENTS_ONLY)) {
            problems.add(Problem.of("marking", "marking.error.recipientsOnlyNeedsSensitive"));
        }
        if (classification == Classification.OFFICIAL_SENSITIVE && handlingInstruction.equals(FOR_PUBLIC_RELEASE)) {
            problems.add(Problem.of("marking", "marking.error.publicReleaseNotSensitive"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The marking as printed at the top and bottom of every page. */
    public String label() {
        var parts = new ArrayList<String>();
        parts.add(classification.label());
        if (!handlingInstruction.isEmpty()) {
            parts.add(handlingInstruction);
        }
        parts.addAll(descriptors);
        return String.join(" ", parts);
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * Reads a marking as people write it. Refuses anything above OFFICIAL-SENSITIVE and anything that is not a
     * marking, naming the text in the message.
     */
    public static ProtectiveMarking parse(String text) {
        String normalised = text == null ? "" : text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (ABOVE_OFFICIAL.matcher(normalised).matches()) {
            throw new ValidationException(List.of(Problem.of("marking", "marking.error.tooHigh", normalised)));
        }
        Classification classification;
        String rest;
        if (normalised.startsWith(Classification.OFFICIAL_SENSITIVE.label())) {
            classification = Classification.OFFICIAL_SENSITIVE;
            rest = normalised.substring(Classification.OFFICIAL_SENSITIVE.label().length()).strip();
        } else if (normalised.startsWith(Classification.OFFICIAL.label())) {
            classification = Classification.OFFICIAL;
            rest = normalised.substring(Classification.OFFICIAL.label().length()).strip();
        } else {
            throw new ValidationException(List.of(Problem.of("marking", "marking.error.unknown", normalised)));
        }
        var handling = handlingInstructionAtStart(rest);
        String descriptorText = handling.map(h -> rest.substring(h.length()).strip()).orElse(rest);
        return new ProtectiveMarking(classification, handling.orElse(""), splitDescriptors(descriptorText));
    }

    /**
     * The highest of several markings: a pack takes the highest marking of anything in it, with every descriptor
     * and the strictest handling instruction carried, so nothing it reproduces is handled more loosely than its
     * source asked.
     */
    public static ProtectiveMarking highest(List<ProtectiveMarking> markings) {
        return markings.stream().reduce(ProtectiveMarking::with).orElse(OFFICIAL);
    }

    /**
     * This marking raised to cover the other as well: the higher classification, the descriptors of both (known
     * ones in the policy's order, then an organisation's own), and the stricter handling instruction. FOR PUBLIC
     * RELEASE survives only when both are for public release.
     */
    public ProtectiveMarking with(ProtectiveMarking other) {
        Classification higher = classification.compareTo(other.classification) >= 0 ? classification
                : other.classification;
        var all = new ArrayList<String>();
        DESCRIPTORS.stream().filter(d -> descriptors.contains(d) || other.descriptors.contains(d)).forEach(all::add);
        for (String own : concat(descriptors, other.descriptors)) {
            if (!all.contains(own)) {
                all.add(own);
            }
        }
        String handling = strictness(other.handlingInstruction) > strictness(handlingInstruction)
                ? other.handlingInstruction : handlingInstruction;
        if (handling.equals(FOR_PUBLIC_RELEASE) && !(handlingInstruction.equals(FOR_PUBLIC_RELEASE)
                && other.handlingInstruction.equals(FOR_PUBLIC_RELEASE))) {
            handling = "";
        }
        return new ProtectiveMarking(higher, handling, all);
    }

    /** Whether a document marked this way may reproduce something marked {@code other} as it stands. */
    public boolean covers(ProtectiveMarking other) {
        ProtectiveMarking both = with(other);
        return both.classification == classification && both.handlingInstruction.equals(handlingInstruction)
                && descriptors.containsAll(both.descriptors);
    }

    /** How tightly a handling instruction limits who may see the material: higher is stricter. */
    private static int strictness(String handling) {
        if (handling.isEmpty()) {
            return 1;
        }
        if (handling.equals(FOR_PUBLIC_RELEASE)) {
            return 0;
        }
        if (handling.equals(RECIPIENTS_ONLY)) {
            return 5;
        }
        if (handling.equals("HMG USE ONLY")) {
            return 3;
        }
        if (handling.startsWith("EMBARGOED")) {
            return 2;
        }
        // An organisation's own "... USE ONLY" is narrower than HMG's.
        return 4;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static Optional<String> handlingInstructionAtStart(String text) {
        for (String known : List.of(RECIPIENTS_ONLY, FOR_PUBLIC_RELEASE)) {
            if (text.equals(known) || text.startsWith(known + " ")) {
                return Optional.of(known);
            }
        }
        var embargo = EMBARGOED.matcher(text);
        if (embargo.matches()) {
            return Optional.of(embargo.group(1));
        }
        var useOnly = ORGANISATION_USE_ONLY.matcher(text);
        if (useOnly.matches()) {
            return Optional.of(useOnly.group(1));
        }
        return Optional.empty();
    }

    private static List<String> splitDescriptors(String text) {
        var found = new ArrayList<String>();
        String rest = text;
        while (!rest.isEmpty()) {
            String remaining = rest;
            String next = DESCRIPTORS.stream()
                    .filter(d -> remaining.equals(d) || remaining.startsWith(d + " "))
                    .max(Comparator.comparingInt(String::length))
                    .orElse(remaining);
            found.add(next);
            rest = rest.substring(next.length()).strip();
        }
        return found;
    }
}
