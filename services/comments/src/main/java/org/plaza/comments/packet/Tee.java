package org.plaza.comments.packet;

import java.io.IOException;
import java.io.OutputStream;

/** Writes to a store and a digest at once, counting the bytes. */
final class Tee extends OutputStream {

    private final OutputStream store;
    private final OutputStream digest;
    private long count;

    Tee(OutputStream store, OutputStream digest) {
        this.store = store;
        this.digest = digest;
    }

    @Override
    public void write(int b) throws IOException {
        store.write(b);
        digest.write(b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        store.write(bytes, offset, length);
        digest.write(bytes, offset, length);
        count += length;
    }

    @Override
    public void flush() throws IOException {
        store.flush();
    }

    /** The store stays open: its owner closes it once it has read its id. */
    @Override
    public void close() throws IOException {
        flush();
    }

    long count() {
        return count;
    }
}
