package com.discountworkbench.io;

import com.discountworkbench.data.DataException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an output path before long work starts, so a typo in a folder name does not waste a training run. */
public final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * @param example a file name to suggest, e.g. {@code customers.csv}
     * @throws DataException when the path is a folder or its folder does not exist
     */
    public static void requireFileInExistingFolder(Path out, String example) {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new DataException("The output is a folder. Give a file name such as " + example + ".",
                    out, -1, null, null);
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DataException("The folder " + folder + " does not exist. Create it first or choose another.",
                    out, -1, null, null);
        }
    }
}
