package com.discountworkbench.data.csv;

import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Counts the lines of a file from its bytes, eight bytes at a time, without decoding. The count is an upper
 * bound on the records still to come, so the column arrays can be allocated once at their final size: trimming
 * a million-row column afterwards would briefly need it twice. A LF or CR byte never occurs inside a multi-byte
 * character in UTF-8 or GB18030; in UTF-16 a few other characters contain one, which only raises the bound.
 */
final class LineBreakCounter {
    private static final int BUFFER_BYTES = 1 << 20;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private LineBreakCounter() {
    }

    /**
     * Lines in the file: its LF count (its CR count when it has no LF, as old Mac files), plus one when the last
     * line has no line break.
     */
    static long lines(Path file, TaskMonitor monitor) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return 0;
            }
            long breaks = count(channel, size, (byte) '\n', monitor);
            if (breaks == 0) {
                breaks = count(channel, size, (byte) '\r', monitor);
            }
            ByteBuffer lastByte = ByteBuffer.allocate(1);
            channel.read(lastByte, size - 1);
            byte last = lastByte.get(0);
            return breaks + (last == '\n' || last == '\r' ? 0 : 1);
        }
    }

    private static long count(FileChannel channel, long size, byte target, TaskMonitor monitor) throws IOException {
        long pattern = ONES * target;
        long found = 0;
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(0);
        while (channel.read(buffer) >= 0) {
            monitor.checkCancelled();
            buffer.flip();
            int limit = buffer.limit();
            int i = 0;
            for (; i + Long.BYTES <= limit; i += Long.BYTES) {
                found += zeroBytes(buffer.getLong(i) ^ pattern);
            }
            for (; i < limit; i++) {
                found += buffer.get(i) == target ? 1 : 0;
            }
            buffer.clear();
        }
        return found;
    }

    /** How many bytes of the word are zero (exact: no carry crosses from one byte to the next). */
    private static int zeroBytes(long word) {
        long low7 = (word & ~HIGHS) + ~HIGHS;
        return Long.bitCount(~(low7 | word | ~HIGHS));
    }
}
