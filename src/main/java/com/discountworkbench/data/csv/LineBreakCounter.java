package com.discountworkbench.data.csv;

import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Counts line breaks in a file's bytes, eight bytes at a time. The count is an upper bound on the records
 * still to come, so the column arrays can be allocated once at their final size: trimming a million-row
 * column afterwards would briefly need it twice. A LF or CR byte never occurs inside a multi-byte character
 * in UTF-8 or GB18030; in UTF-16 a few other characters contain one, which only raises the bound.
 */
final class LineBreakCounter {
    private static final int BUFFER_BYTES = 1 << 20;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF = ONES * '\n';
    private static final long CR = ONES * '\r';

    private LineBreakCounter() {
    }

    /**
     * Lines in the file: the larger of the LF and CR counts (so LF, CRLF and CR-only files are all bounded),
     * plus one when the last line has no line break.
     */
    static long lines(Path file, TaskMonitor monitor) throws IOException {
        long lineFeeds = 0;
        long carriageReturns = 0;
        byte last = '\n';
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                monitor.checkCancelled();
                buffer.flip();
                if (buffer.hasRemaining()) {
                    last = buffer.get(buffer.limit() - 1);
                }
                while (buffer.remaining() >= Long.BYTES) {
                    long word = buffer.getLong();
                    lineFeeds += zeroBytes(word ^ LF);
                    carriageReturns += zeroBytes(word ^ CR);
                }
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    lineFeeds += b == '\n' ? 1 : 0;
                    carriageReturns += b == '\r' ? 1 : 0;
                }
                buffer.clear();
            }
        }
        boolean unterminated = last != '\n' && last != '\r';
        return Math.max(lineFeeds, carriageReturns) + (unterminated ? 1 : 0);
    }

    /** How many bytes of the word are zero (exact: no borrow between bytes). */
    private static int zeroBytes(long word) {
        long low7 = (word & ~HIGHS) + ~HIGHS;
        return Long.bitCount(~(low7 | word | ~HIGHS));
    }
}
