package uk.dln.secretariat.reports;

/**
 * Told before each part of a document is written. The caller reports progress from it and may stop the export by
 * throwing (for instance when the user cancelled), so nothing half-built is ever saved.
 */
@FunctionalInterface
public interface ExportSteps {

    ExportSteps NONE = (titleKey, done, total) -> { };

    /**
     * @param titleKey what is about to be written
     * @param done     parts written so far
     * @param total    parts in all
     */
    void starting(String titleKey, int done, int total);
}
