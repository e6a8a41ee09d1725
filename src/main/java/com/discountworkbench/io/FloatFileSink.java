package com.discountworkbench.io;

import com.discountworkbench.policy.CellTable;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Buffered float32 output to a new temporary file, in the machine's byte order (read back by the same run). */
final class FloatFileSink implements Closeable {
    private static final int BUFFER_BYTES = 1 << 20;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.nativeOrder());

    FloatFileSink(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    void putInt(int value) throws IOException {
        room(Integer.BYTES);
        buffer.putInt(value);
    }

    void putFloat(float value) throws IOException {
        room(Float.BYTES);
        buffer.putFloat(value);
    }

    void putFloats(float[] values, int from, int count) throws IOException {
        room(count * Float.BYTES);
        for (int i = from; i < from + count; i++) {
            buffer.putFloat(values[i]);
        }
    }

    /** For writes from inside a {@link CellTable.Block} visitor, which cannot throw checked exceptions. */
    void putFloatsUnchecked(float[] values, int from, int count) {
        try {
            putFloats(values, from, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            flush();
            channel.close();
        }
    }
}
