package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesAndReplacesAWholeFile() throws IOException {
        Path target = folder.resolve("out.csv");
        AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> out.write("first"));
        AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> out.write("second"));
        assertThat(Files.readString(target)).isEqualTo("second");
        assertThat(filesIn(folder)).containsExactly("out.csv");
    }

    @Test
    void aWriterThatFailsMidwayLeavesNoFileBehind() {
        Path target = folder.resolve("policy.csv");
        assertThatThrownBy(() -> AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> {
            out.write("id,recommended_discount\n".repeat(10_000));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aFailureKeepsThePreviousFileIntact() throws IOException {
        Path target = folder.resolve("policy.csv");
        Files.writeString(target, "old complete file");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("bug in the writer");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("old complete file");
        assertThat(filesIn(folder)).containsExactly("policy.csv");
    }

    @Test
    void theResultHasTheUsualPermissionsNotTheOwnerOnlyOnesOfATempFile() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(folder.resolve("plain.txt"), "x");
        Path atomic = folder.resolve("atomic.txt");
        AtomicFiles.writeText(atomic, StandardCharsets.UTF_8, out -> out.write("x"));
        assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void writesRelativePathsIntoTheWorkingFolder() throws IOException {
        Path relative = Path.of("target", "atomic-files-test.bin");
        AtomicFiles.write(relative, out -> out.write(new byte[] {1, 2, 3}));
        assertThat(Files.readAllBytes(relative)).containsExactly(1, 2, 3);
        Files.delete(relative);
    }

    private static java.util.List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
