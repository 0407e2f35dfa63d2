package uk.dln.secretariat.persistence.settings;

import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.model.settings.NetworkSettings;

/**
 * Everything the network settings form shows, read in one query, with the settings' version: the settings are named
 * values rather than one row, so they share one version of their own (decision 0052), which a save claims as a row's
 * save claims the row's.
 *
 * @param version what the save claims; 0 while the settings were never saved through a form
 */
public record StoredSettings(NetworkSettings settings, int exceptionsLimit, int papersDeadlineDays,
                             DocumentLanguage documentLanguage, long version) {

    /** The same values, to be saved over the version these were read at. */
    public StoredSettings edited(NetworkSettings newSettings, int newExceptionsLimit, int newPapersDeadlineDays,
                                 DocumentLanguage newLanguage) {
        return new StoredSettings(newSettings, newExceptionsLimit, newPapersDeadlineDays, newLanguage, version);
    }

    /** Whether saving this over {@code stored} would change anything (the versions aside). */
    boolean sameValuesAs(StoredSettings stored) {
        return settings.equals(stored.settings) && exceptionsLimit == stored.exceptionsLimit
                && papersDeadlineDays == stored.papersDeadlineDays && documentLanguage == stored.documentLanguage;
    }
}
