package uk.dln.secretariat.model.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of organisation in the network, with the wording the reference list and imports use. */
public enum OrganisationKind {
    MINISTERIAL_DEPARTMENT("ministerial department", "organisation.kind.ministerial"),
    NON_MINISTERIAL_DEPARTMENT("non-ministerial department", "organisation.kind.nonMinisterial"),
    DEVOLVED_ADMINISTRATION("devolved administration", "organisation.kind.devolved"),
    AGENCY("agency or arm's-length body", "organisation.kind.agency"),
    CENTRAL_UNIT("central unit", "organisation.kind.centralUnit");

    private final String fileLabel;
    private final String messageKey;

    OrganisationKind(String fileLabel, String messageKey) {
        this.fileLabel = fileLabel;
        this.messageKey = messageKey;
    }

    /** The words used in CSV files, e.g. {@code ministerial department}. */
    public String fileLabel() {
        return fileLabel;
    }

    public String messageKey() {
        return messageKey;
    }

    /** An agency belongs to a department; other kinds stand on their own. */
    public boolean needsParent() {
        return this == AGENCY;
    }

    /** Reads the file wording, also accepting "agency" and "arm's-length body" alone and any capitalisation. */
    public static Optional<OrganisationKind> fromFileLabel(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (wanted.equals("agency") || wanted.equals("arm's-length body") || wanted.equals("arms-length body")) {
            return Optional.of(AGENCY);
        }
        return Arrays.stream(values()).filter(kind -> kind.fileLabel.equals(wanted)).findFirst();
    }
}
