package uk.dln.secretariat.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ooxml.POIXMLDocument;

/**
 * Writes a document's package as POI would, but for pictures, which go into the zip as they are instead of being
 * deflated a second time. A chart is already a compressed PNG: deflating it again took a decade's board pack about 200
 * ms on the export's own thread, at the very end of the export, to make its pictures a few per cent smaller (decision
 * 0054). The charts are deflated a little harder instead. Every other part is deflated as POI does. POI writes into a
 * zip stream it is given rather than one of its own ({@code ZipPackage.saveImpl}); {@code PackageZipTest} fails should
 * that change.
 */
public final class PackageZip {

    /** Formats that are compressed already. */
    private static final Set<String> COMPRESSED = Set.of("png", "jpeg", "jpg", "gif");

    private PackageZip() {
    }

    /** Writes the document to the stream, which is left open. */
    public static void write(POIXMLDocument document, OutputStream out) throws IOException {
        try (var zip = new PicturesAsTheyAre(out)) {
            document.write(zip);
        }
    }

    /** Whether a part of this name is stored as it is. */
    static boolean isCompressedAlready(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && COMPRESSED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Deflates each entry at the level its kind needs; closing finishes the zip, not the stream beneath. */
    private static final class PicturesAsTheyAre extends ZipArchiveOutputStream {

        PicturesAsTheyAre(OutputStream out) {
            super(CloseShieldOutputStream.wrap(out));
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            // Level 0 still writes deflate's format (stored blocks), which every reader of a document reads; the
            // zip's "stored" method would need each size and checksum before the part is written.
            setLevel(isCompressedAlready(entry.getName()) ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
            super.putArchiveEntry(entry);
        }
    }
}
