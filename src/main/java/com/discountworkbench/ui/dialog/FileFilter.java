package com.discountworkbench.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A choice in a file dialog's type list, e.g. "CSV files" with extensions csv, tsv, txt.
 *
 * @param description localized text shown to the analyst
 * @param extensions  lower-case, without the dot
 */
public record FileFilter(String description, List<String> extensions) {
    public FileFilter {
        extensions = List.copyOf(extensions);
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException("A file filter needs at least one extension");
        }
    }

    public static FileFilter of(String description, String... extensions) {
        return new FileFilter(description, List.of(extensions));
    }

    /** Whether the file's name ends with one of the extensions, ignoring case. */
    public boolean accepts(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lowerName = name.toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(extension -> lowerName.endsWith("." + extension));
    }

    /** The glob patterns a native file dialog expects, e.g. "*.csv". */
    public List<String> globs() {
        return extensions.stream().map(extension -> "*." + extension).toList();
    }
}
