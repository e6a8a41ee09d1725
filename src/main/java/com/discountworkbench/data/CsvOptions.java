package com.discountworkbench.data;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to read a CSV file. Every setting left {@code null} is detected from the file.
 *
 * @param encoding         charset of the file, or null to detect (BOM, UTF-8, GB18030, windows-1252)
 * @param delimiter        field separator, or null to detect among {@code , ; TAB |}
 * @param decimalSeparator {@code '.'} or {@code ','}, or null to detect
 * @param roleOverrides    roles the analyst set by column name; they win over the guesses
 */
public record CsvOptions(Charset encoding, Character delimiter, Character decimalSeparator,
                         Map<String, ColumnRole> roleOverrides) {

    public CsvOptions {
        if (decimalSeparator != null && decimalSeparator != '.' && decimalSeparator != ',') {
            throw new DataException("The decimal separator must be '.' or ',', not '" + decimalSeparator + "'.");
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new DataException("A quote or a line break cannot be the field delimiter.");
        }
        if (delimiter != null && decimalSeparator != null && delimiter.equals(decimalSeparator)) {
            throw new DataException("The delimiter and the decimal separator cannot both be '" + delimiter + "'.");
        }
        roleOverrides = roleOverrides == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(roleOverrides));
    }

    /** Detect everything; no role overrides. */
    public static CsvOptions detect() {
        return new CsvOptions(null, null, null, Map.of());
    }

    public CsvOptions withEncoding(Charset newEncoding) {
        return new CsvOptions(newEncoding, delimiter, decimalSeparator, roleOverrides);
    }

    public CsvOptions withDelimiter(Character newDelimiter) {
        return new CsvOptions(encoding, newDelimiter, decimalSeparator, roleOverrides);
    }

    public CsvOptions withDecimalSeparator(Character newSeparator) {
        return new CsvOptions(encoding, delimiter, newSeparator, roleOverrides);
    }

    public CsvOptions withRoleOverrides(Map<String, ColumnRole> overrides) {
        return new CsvOptions(encoding, delimiter, decimalSeparator, overrides);
    }
}
