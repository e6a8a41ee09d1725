package com.discountworkbench.io;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The data file a project works on: where it is, what it held when the project was saved, and the read options
 * the analyst chose (null where the reader detected the setting).
 *
 * @param file             absolute path when saved
 * @param relativeFile     the same file relative to the project's folder, so a folder moved together with its
 *                         data still finds it; null when the two are on different drives
 * @param sha256           hex SHA-256 of the file's bytes when saved
 * @param sizeBytes        its size when saved
 * @param encoding         charset name, or null to detect
 * @param delimiter        field separator, or null to detect
 * @param decimalSeparator {@code '.'} or {@code ','}, or null to detect
 */
public record DataReference(String file, String relativeFile, String sha256, long sizeBytes, String encoding,
                            Character delimiter, Character decimalSeparator) {

    /** What became of the data file since the project was saved. */
    public enum Status {
        UNCHANGED,
        /** The file is there but its bytes differ. */
        CHANGED,
        MISSING
    }

    /**
     * @param status what was found
     * @param file   where the file was found; where it was expected when it is missing
     */
    public record Check(Status status, Path file) {
    }

    /** @param projectFile where the project is being saved */
    public static DataReference of(DataSource source, CsvOptions options, Path projectFile) {
        Path absolute = source.file().toAbsolutePath().normalize();
        return new DataReference(absolute.toString(), relativize(projectFile, absolute), source.sha256(),
                source.sizeBytes(), options.encoding() == null ? null : options.encoding().name(), options.delimiter(),
                options.decimalSeparator());
    }

    /** The saved read options with the saved roles as overrides. */
    public CsvOptions readOptions(Map<String, ColumnRole> roles) {
        return new CsvOptions(encoding == null ? null : Charset.forName(encoding), delimiter, decimalSeparator, roles);
    }

    /**
     * Finds the file (at its absolute path, else beside the project as it was relative to it) and compares its
     * SHA-256 with the saved one. Reads the whole file: call it off the UI thread.
     */
    public Check check(Path projectFile) throws IOException {
        Path saved = Path.of(file);
        Path found = Files.isRegularFile(saved) ? saved : besideProject(projectFile);
        if (found == null) {
            return new Check(Status.MISSING, saved);
        }
        return new Check(FileHashes.sha256(found).equalsIgnoreCase(sha256) ? Status.UNCHANGED : Status.CHANGED, found);
    }

    private Path besideProject(Path projectFile) {
        Path folder = projectFile.toAbsolutePath().getParent();
        if (relativeFile == null || folder == null) {
            return null;
        }
        Path candidate = folder.resolve(relativeFile).normalize();
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    private static String relativize(Path projectFile, Path data) {
        Path folder = projectFile.toAbsolutePath().normalize().getParent();
        if (folder == null || !folder.getRoot().equals(data.getRoot())) {
            return null;
        }
        return folder.relativize(data).toString();
    }
}
