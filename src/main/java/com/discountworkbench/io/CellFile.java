package com.discountworkbench.io;

import com.discountworkbench.data.DataException;
import com.discountworkbench.policy.CellTable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The cells of a policy's temporary cell file as the budget search reads them: per customer, every level's
 * objective then every level's discount cost (float32); each scan is one sequential read, a block of customers
 * at a time, fast from the page cache after the first.
 */
final class CellFile implements CellTable {
    private final Path file;
    private final int customers;
    private final int levels;
    private final int baseline;
    private final int block;

    CellFile(Path file, int customers, int levels, int baseline, int block) {
        this.file = file;
        this.customers = customers;
        this.levels = levels;
        this.baseline = baseline;
        this.block = block;
    }

    @Override public int customers() { return customers; }

    @Override public int levels() { return levels; }

    @Override public int baseline() { return baseline; }

    @Override
    public void scan(Block visitor) {
        float[] objective = new float[block * levels];
        float[] cost = new float[block * levels];
        ByteBuffer bytes = ByteBuffer.allocateDirect(block * levels * 2 * Float.BYTES).order(ByteOrder.nativeOrder());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int first = 0; first < customers; first += block) {
                int count = Math.min(block, customers - first);
                bytes.clear().limit(count * levels * 2 * Float.BYTES);
                readFully(channel, bytes);
                FloatBuffer floats = bytes.asFloatBuffer();
                for (int j = 0; j < count; j++) {
                    floats.get(objective, j * levels, levels);
                    floats.get(cost, j * levels, levels);
                }
                visitor.visit(first, count, objective, cost);
            }
        } catch (IOException e) {
            throw new DataException("Could not read the temporary file of the budget search (" + e.getMessage()
                    + "). Check that the disk is not full.", file, -1, null, e);
        }
    }

    /** Fills the buffer from the channel (a read may return less than asked) and flips it for reading. */
    static void readFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            if (channel.read(bytes) < 0) {
                throw new IOException("A temporary file ended early");
            }
        }
        bytes.flip();
    }
}
