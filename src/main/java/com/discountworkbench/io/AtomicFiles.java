package com.discountworkbench.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file completely or not at all: the content goes to a temporary file in the target's folder,
 * which then replaces the target in one atomic rename. If writing fails, the temporary file is deleted
 * and an existing target is left untouched.
 */
public final class AtomicFiles {

    /** Code that writes to a stream and may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T target) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes bytes. The stream is buffered, flushed to disk before the rename (so a crash cannot leave an
     * empty file under the target's name) and closed for the caller; the content must not close it.
     */
    public static void write(Path target, IoConsumer<OutputStream> content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Not Files.createTempFile: it makes owner-only files, and the result should have the usual permissions.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.accept(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, absolute);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    /** Writes text in the given charset; the writer is buffered and closed for the caller. */
    public static void writeText(Path target, Charset charset, IoConsumer<Writer> content) throws IOException {
        write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, charset));
            content.accept(writer);
            writer.flush();
        });
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FUSE file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
