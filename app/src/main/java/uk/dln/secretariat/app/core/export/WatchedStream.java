package uk.dln.secretariat.app.core.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The file stream an export writes through, remembering the first error the disk gave. POI does not always pass that
 * error on: saving a part can fail with only "failed to be saved in the stream" (the disk's words logged and lost),
 * or the error can be swallowed altogether. The exporter asks this stream, not the writer, whether the disk failed.
 */
final class WatchedStream extends FilterOutputStream {

    private IOException failure;

    WatchedStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    /** The first error the disk gave, or null. */
    IOException failure() {
        return failure;
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
