package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import java.nio.ByteBuffer;

/**
 * The level chosen for each customer, one byte each, in memory or in a memory-mapped temporary file when the
 * customers do not fit in memory. A customer upgraded during a pass of the budget's greedy fill is marked, so a
 * later batch of the same pass does not rank them again.
 */
public final class Choices {
    /** Levels fit in the low seven bits; the high bit is the mark. */
    public static final int MAX_LEVELS = 127;
    private static final int MARK = 0x80;
    private static final int LEVEL = 0x7F;

    private final ByteBuffer bytes;
    private final int customers;

    /** @param bytes at least {@code customers} bytes, all 0 or holding levels chosen before */
    public Choices(ByteBuffer bytes, int customers) {
        if (bytes.capacity() < customers) {
            throw new IllegalArgumentException("Room for " + bytes.capacity() + " customers, need " + customers);
        }
        this.bytes = bytes;
        this.customers = customers;
    }

    public static Choices inMemory(int customers) {
        return new Choices(ByteBuffer.allocate(customers), customers);
    }

    /** Fails when the grid has more levels than a choice can hold. */
    public static void checkLevels(int levels) {
        if (levels > MAX_LEVELS) {
            throw new DataException("The grid has " + levels + " levels; the optimizer handles at most " + MAX_LEVELS
                    + ". Choose fewer discount levels.");
        }
    }

    public int customers() {
        return customers;
    }

    public int level(int customer) {
        return bytes.get(customer) & LEVEL;
    }

    void set(int customer, int level) {
        bytes.put(customer, (byte) level);
    }

    void upgrade(int customer, int level) {
        bytes.put(customer, (byte) (level | MARK));
    }

    boolean upgraded(int customer) {
        return (bytes.get(customer) & MARK) != 0;
    }

    void clearMarks() {
        for (int i = 0; i < customers; i++) {
            bytes.put(i, (byte) (bytes.get(i) & LEVEL));
        }
    }

    /** The levels of customers {@code first} … {@code first + count − 1}. */
    public int[] levels(int first, int count) {
        int[] levels = new int[count];
        for (int j = 0; j < count; j++) {
            levels[j] = level(first + j);
        }
        return levels;
    }
}
