package uk.dln.secretariat.model.settings;

import java.util.regex.Pattern;
import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

/**
 * Settings that belong to the network rather than to one user, so they travel inside the workspace file.
 *
 * @param networkName          printed on the cover of every pack, e.g. "Digital Leaders Network"
 * @param paperReferencePrefix the code in paper references, e.g. {@code DLN} in {@code DLN(26)11/04}
 * @param defaultMarking       the marking new meetings and papers start with
 */
public record NetworkSettings(String networkName, String paperReferencePrefix, ProtectiveMarking defaultMarking) {

    public static final int NAME_MAX = 120;
    public static final int PREFIX_MAX = 12;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public static final NetworkSettings DEFAULTS =
            new NetworkSettings("Digital Leaders Network", "DLN", ProtectiveMarking.OFFICIAL);

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
                .throwIfInvalid();
    }
}
