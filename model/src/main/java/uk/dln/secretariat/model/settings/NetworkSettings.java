package uk.dln.secretariat.model.settings;

import java.util.regex.Pattern;
import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;

/**
 * Settings that belong to the network rather than to one user, so they travel inside the workspace file.
 *
 * @param networkName          printed on the cover of every pack, e.g. "Digital Leaders Network"
 * @param paperReferencePrefix the code in paper references, e.g. {@code DLN} in {@code DLN(26)11/04}
 * @param defaultMarking       the marking new meetings and papers start with
 * @param confidenceScale      the delivery confidence scale milestones are assessed on
 * @param slippageThresholdDays milestones slipped by more than this many days are exceptions
 * @param closingUpdateRequired an action can only be closed with an update saying what was done
 */
public record NetworkSettings(String networkName, String paperReferencePrefix, ProtectiveMarking defaultMarking,
                              ConfidenceScale confidenceScale, int slippageThresholdDays,
                              boolean closingUpdateRequired) {

    public static final int NAME_MAX = 120;
    public static final int PREFIX_MAX = 12;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public static final int SLIPPAGE_THRESHOLD_DEFAULT = 30;
    public static final int SLIPPAGE_THRESHOLD_MAX = 3650;
    /** How many exceptions the board pack lists at most, unless the network sets its own limit. */
    public static final int DEFAULT_EXCEPTIONS_LIMIT = 15;
    public static final int MAX_EXCEPTIONS_LIMIT = 200;

    public static final NetworkSettings DEFAULTS =
            new NetworkSettings("Digital Leaders Network", "DLN", ProtectiveMarking.OFFICIAL);

    /** The roadmap settings at their defaults: the three-point scale and a 30-day slippage threshold. */
    public NetworkSettings(String networkName, String paperReferencePrefix, ProtectiveMarking defaultMarking) {
        this(networkName, paperReferencePrefix, defaultMarking, ConfidenceScale.THREE_POINT,
                SLIPPAGE_THRESHOLD_DEFAULT);
    }

    /** Actions may be closed without a closing update until the network says otherwise. */
    public NetworkSettings(String networkName, String paperReferencePrefix, ProtectiveMarking defaultMarking,
                           ConfidenceScale confidenceScale, int slippageThresholdDays) {
        this(networkName, paperReferencePrefix, defaultMarking, confidenceScale, slippageThresholdDays, false);
    }

    public NetworkSettings {
        networkName = networkName == null ? "" : networkName.strip();
        paperReferencePrefix = paperReferencePrefix == null ? "" : paperReferencePrefix.strip();
        new Validator()
                .required("networkName", networkName)
                .maxLength("networkName", networkName, NAME_MAX)
                .required("paperReferencePrefix", paperReferencePrefix)
                .maxLength("paperReferencePrefix", paperReferencePrefix, PREFIX_MAX)
                .check(paperReferencePrefix.isEmpty() || PREFIX.matcher(paperReferencePrefix).matches(),
                        "paperReferencePrefix", "settings.error.prefixFormat", paperReferencePrefix)
                .check(defaultMarking != null, "defaultMarking", "validation.required")
                .check(confidenceScale != null, "confidenceScale", "validation.required")
                .check(slippageThresholdDays >= 0 && slippageThresholdDays <= SLIPPAGE_THRESHOLD_MAX,
                        "slippageThresholdDays", "settings.error.slippageThreshold", SLIPPAGE_THRESHOLD_MAX)
                .throwIfInvalid();
    }

    public NetworkSettings withRoadmapSettings(ConfidenceScale scale, int thresholdDays) {
        return new NetworkSettings(networkName, paperReferencePrefix, defaultMarking, scale, thresholdDays,
                closingUpdateRequired);
    }

    public NetworkSettings withClosingUpdateRequired(boolean required) {
        return new NetworkSettings(networkName, paperReferencePrefix, defaultMarking, confidenceScale,
                slippageThresholdDays, required);
    }
}
