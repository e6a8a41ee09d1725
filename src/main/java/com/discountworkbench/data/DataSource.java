package com.discountworkbench.data;

import java.nio.file.Path;

/**
 * Where a dataset came from and how it was read; recorded in model files and exports.
 *
 * @param file      the file as given by the analyst
 * @param sizeBytes file size
 * @param sha256    hex SHA-256 of the file's bytes
 * @param encoding  charset used to decode it
 * @param delimiter field separator used
 * @param decimalComma whether ',' was read as the decimal separator
 */
public record DataSource(Path file, long sizeBytes, String sha256, String encoding, char delimiter,
                         boolean decimalComma) {

    /** For data made in memory (tests, generated samples). */
    public static DataSource inMemory(String name) {
        return new DataSource(Path.of(name), 0, "", "UTF-8", ',', false);
    }
}
