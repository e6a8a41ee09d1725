package com.discountworkbench.data.csv;

import com.discountworkbench.task.TaskMonitor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file once, front to back: hashes every byte (SHA-256), reports progress by bytes read, checks for
 * cancellation, and decodes the bytes into characters. The file is opened read-only.
 */
final class DecodedInput implements Closeable {
    private static final int BUFFER_BYTES = 1 << 18;

    private final FileChannel channel;
    private final long size;
    private final CharsetDecoder decoder;
    private final MessageDigest digest;
    private final TaskMonitor monitor;
    private final String progressMessage;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES);
    private long bytesRead;
    private long charsDecoded;
    private boolean endOfInput;
    private boolean flushed;

    /**
     * @param strict true to throw {@link UndecodableInputException} on bytes that are not valid in the charset,
     *               false to replace them
     * @param skip   leading bytes that are hashed but not decoded (a byte-order mark)
     */
    DecodedInput(Path file, Charset charset, boolean strict, int skip, TaskMonitor monitor, String progressMessage)
            throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
        CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        this.decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        this.digest = sha256();
        this.monitor = monitor;
        this.progressMessage = progressMessage;
        bytes.flip();
        while (bytes.remaining() < skip && !endOfInput) {
            refill();
        }
        bytes.position(Math.min(skip, bytes.limit()));
    }

    /** Decodes characters into {@code dst}; returns how many, or -1 at the end of the file. */
    int read(char[] dst, int offset, int length) throws IOException {
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(dst, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                long at = bytesRead - bytes.remaining();
                try {
                    result.throwException();
                } catch (CharacterCodingException e) {
                    throw new UndecodableInputException(at, e);
                }
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(out);
                flushed = true;
            }
            int produced = out.position() - offset;
            if (produced > 0 || flushed) {
                charsDecoded += produced;
                return produced > 0 ? produced : -1;
            }
            refill();
        }
    }

    private void refill() throws IOException {
        monitor.checkCancelled();
        bytes.compact();
        int n = channel.read(bytes);
        if (n < 0) {
            endOfInput = true;
        } else {
            digest.update(bytes.array(), bytes.position() - n, n);
            bytesRead += n;
        }
        bytes.flip();
        monitor.progress(size == 0 ? 1 : (double) bytesRead / size, progressMessage);
    }

    long size() {
        return size;
    }

    /** Bytes per decoded character so far, to turn a sample's length in characters into bytes. */
    double bytesPerChar() {
        long consumed = bytesRead - bytes.remaining();
        return charsDecoded == 0 ? 1 : (double) consumed / charsDecoded;
    }

    /** Hex SHA-256 of the whole file; only valid once every byte was read. */
    String sha256Hex() {
        if (!endOfInput) {
            throw new IllegalStateException("The file was not read to the end");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The bytes at {@link #offset()} are not valid in the charset being used. */
    static final class UndecodableInputException extends RuntimeException {
        private final long offset;

        UndecodableInputException(long offset, CharacterCodingException cause) {
            super("Undecodable bytes at offset " + offset, cause, false, false);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }

        @Override
        public synchronized CharacterCodingException getCause() {
            return (CharacterCodingException) super.getCause();
        }
    }
}
