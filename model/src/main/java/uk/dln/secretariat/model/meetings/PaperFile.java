package uk.dln.secretariat.model.meetings;

import java.time.LocalDateTime;

/**
 * A file attached to an agenda item (the paper itself, or an annex), kept inside the workspace so the workspace
 * stays one file. The bytes are read separately, only when the file is opened.
 */
public record PaperFile(long id, long itemId, String fileName, long sizeBytes, LocalDateTime attachedAt) {

    /** Larger files make the workspace slow to copy and back up; a paper is rarely more than a few megabytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
}
