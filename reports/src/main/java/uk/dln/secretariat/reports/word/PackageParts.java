package uk.dln.secretariat.reports.word;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A copy of a Word package in which only some parts are rewritten, as a stream over its zip entries: every other
 * entry (the pictures, styles, the rest) is copied as it is stored, its compressed bytes untouched, and nothing is
 * loaded whole. Loading and saving the package through POI to change a footer or the contents' page numbers
 * parsed, held and wrote out every part; at a decade's scale that was most of the export's LibreOffice pass.
 */
final class PackageParts {

    /** Writes the new content of one part, read from its old content. */
    interface Rewrite {
        void apply(String name, InputStream part, OutputStream out) throws IOException;
    }

    private PackageParts() {
    }

    static void rewrite(Path docx, Predicate<String> chosen, Rewrite rewrite, OutputStream out) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(docx).get()) {
            rewrite(zip, chosen, rewrite, out);
        }
    }

    /** The same from a stream, which is read into memory first (a zip's directory is at its end). */
    static void rewrite(InputStream docx, Predicate<String> chosen, Rewrite rewrite, OutputStream out)
            throws IOException {
        try (SeekableByteChannel channel = new SeekableInMemoryByteChannel(docx.readAllBytes());
             ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            rewrite(zip, chosen, rewrite, out);
        }
    }

    private static void rewrite(ZipFile zip, Predicate<String> chosen, Rewrite rewrite, OutputStream out)
            throws IOException {
        // The caller owns the stream: finishing the zip must not close it.
        var zipOut = new ZipArchiveOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        });
        try (zipOut) {
            // In their order in the file: [Content_Types].xml stays first, as readers expect.
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (chosen.test(entry.getName())) {
                    var rewritten = new ZipArchiveEntry(entry.getName());
                    rewritten.setMethod(ZipArchiveEntry.DEFLATED);
                    zipOut.putArchiveEntry(rewritten);
                    try (InputStream part = zip.getInputStream(entry)) {
                        rewrite.apply(entry.getName(), part, new FilterOutputStream(zipOut) {
                            @Override
                            public void write(byte[] bytes, int offset, int length) throws IOException {
                                zipOut.write(bytes, offset, length);
                            }

                            @Override
                            public void close() {
                                // the entry is closed below, the zip by its owner
                            }
                        });
                    }
                    zipOut.closeArchiveEntry();
                } else {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        zipOut.addRawArchiveEntry(entry, raw);
                    }
                }
            }
            zipOut.finish();
        }
    }
}
