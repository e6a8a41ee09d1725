package com.discountworkbench.io;

import com.discountworkbench.policy.CellTable;
import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Segments;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The temporary files of a policy for a customer list larger than memory, kept beside the policy file (the disk
 * the analyst chose for the output) and deleted on {@link #close()}, also after a failure or a cancellation.
 * Per customer, in list order: what the export and the summary need (segment code, cost ratio, P(buy) and spend
 * at every level, all float32 as the models predict them; the id in a file of its own), and, under a budget,
 * every level's objective and discount cost, read front to back by each step of the budget search.
 */
final class PolicySpill implements Closeable {
    private static final int BUFFER_BYTES = 1 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int levels;
    private final Path rowsFile;
    private final Path idsFile;
    private final Path cellsFile;
    private final FloatFileSink rows;
    private final DataOutputStream ids;
    private final FloatFileSink cells;
    private int customers;

    /**
     * @param withIds   whether customers have ids (else they are numbered)
     * @param withCells whether a budget needs the cells
     */
    PolicySpill(Path target, int levels, boolean withIds, boolean withCells) throws IOException {
        this.levels = levels;
        Path absolute = target.toAbsolutePath();
        String stem = "." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong());
        rowsFile = absolute.resolveSibling(stem + ".rows.tmp");
        idsFile = withIds ? absolute.resolveSibling(stem + ".ids.tmp") : null;
        cellsFile = withCells ? absolute.resolveSibling(stem + ".cells.tmp") : null;
        try {
            rows = new FloatFileSink(rowsFile);
            ids = withIds ? new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(idsFile,
                    StandardOpenOption.CREATE_NEW), BUFFER_BYTES)) : null;
            cells = withCells ? new FloatFileSink(cellsFile) : null;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    int customers() {
        return customers;
    }

    /** Appends a chunk's customers; {@code chunkCells} only when the spill keeps cells. */
    void append(PolicyProblem used, int[] segmentCodes, IntFunction<String> chunkIds, CellTable chunkCells)
            throws IOException {
        float[] probability = used.responses().purchaseProbability();
        float[] spend = used.responses().expectedSpend();
        for (int i = 0; i < used.customers(); i++) {
            rows.putInt(segmentCodes[i]);
            rows.putFloat(used.customerEconomics().costRatio(i));
            rows.putFloats(probability, i * levels, levels);
            rows.putFloats(spend, i * levels, levels);
            if (ids != null) {
                byte[] id = chunkIds.apply(i).getBytes(StandardCharsets.UTF_8);
                ids.writeInt(id.length);
                ids.write(id);
            }
        }
        if (cells != null) {
            try {
                chunkCells.scan((first, count, objective, cost) -> {
                    for (int j = 0; j < count; j++) {
                        cells.putFloatsUnchecked(objective, j * levels, levels);
                        cells.putFloatsUnchecked(cost, j * levels, levels);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        customers += used.customers();
    }

    /** Ends writing; the files can be read from now on. */
    void finishWriting() throws IOException {
        rows.close();
        if (ids != null) {
            ids.close();
        }
        if (cells != null) {
            cells.close();
        }
    }

    /** The cells as the budget search reads them, {@code block} customers at a time. */
    CellTable cells(int baseline, int block) {
        return new CellFile(cellsFile, customers, levels, baseline, block);
    }

    /** Reads the customers back block by block, as problems over all segments. */
    BlockReader blocks(OfferGrid offers, List<String> segmentsByCode) throws IOException {
        return new BlockReader(offers, segmentsByCode);
    }

    /** A block of customers read back: its problem and ids (null when the customers are numbered). */
    record Block(PolicyProblem problem, String[] ids) {
    }

    /** Reads the spilled customers in order. */
    final class BlockReader implements Closeable {
        private final OfferGrid offers;
        private final List<String> segmentsByCode;
        private final FileChannel rowChannel;
        private final DataInputStream idStream;
        private final int recordBytes = (2 + 2 * levels) * Float.BYTES;
        private ByteBuffer buffer;

        private BlockReader(OfferGrid offers, List<String> segmentsByCode) throws IOException {
            this.offers = offers;
            this.segmentsByCode = segmentsByCode;
            this.rowChannel = FileChannel.open(rowsFile, StandardOpenOption.READ);
            this.idStream = idsFile == null ? null
                    : new DataInputStream(new BufferedInputStream(Files.newInputStream(idsFile), BUFFER_BYTES));
        }

        /** The next {@code count} customers. */
        Block read(int count) throws IOException {
            if (buffer == null || buffer.capacity() < count * recordBytes) {
                buffer = ByteBuffer.allocateDirect(count * recordBytes).order(ByteOrder.nativeOrder());
            }
            ByteBuffer bytes = buffer;
            bytes.clear().limit(count * recordBytes);
            CellFile.readFully(rowChannel, bytes);
            int[] segment = new int[count];
            float[] costRatio = new float[count];
            float[] probability = new float[count * levels];
            float[] spend = new float[count * levels];
            String[] blockIds = idStream == null ? null : new String[count];
            for (int i = 0; i < count; i++) {
                segment[i] = bytes.getInt();
                costRatio[i] = bytes.getFloat();
                for (int k = i * levels; k < (i + 1) * levels; k++) {
                    probability[k] = bytes.getFloat();
                }
                for (int k = i * levels; k < (i + 1) * levels; k++) {
                    spend[k] = bytes.getFloat();
                }
                if (blockIds != null) {
                    byte[] id = new byte[idStream.readInt()];
                    idStream.readFully(id);
                    blockIds[i] = new String(id, StandardCharsets.UTF_8);
                }
            }
            PolicyProblem problem = new PolicyProblem(new ResponseMatrix(offers.levels(), count, probability, spend),
                    offers, CustomerEconomics.ofCostRatios(costRatio), new Segments(segment, segmentsByCode));
            return new Block(problem, blockIds);
        }

        @Override
        public void close() throws IOException {
            rowChannel.close();
            if (idStream != null) {
                idStream.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Closeable open : new Closeable[] {rows, ids, cells}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        for (Path file : new Path[] {rowsFile, idsFile, cellsFile}) {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

}
