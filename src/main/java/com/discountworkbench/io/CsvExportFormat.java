package com.discountworkbench.io;

import com.discountworkbench.data.DataException;

/**
 * How an export is laid out for the program that opens it. Excel in countries that write 0,15 needs a
 * semicolon (or tab) delimiter, a decimal comma, and a UTF-8 byte order mark to read accents correctly.
 *
 * @param byteOrderMark    start the file with the UTF-8 BOM (EF BB BF)
 * @param delimiter        ',', ';' or tab
 * @param decimalSeparator '.' or ','; with ',' the delimiter cannot be ','
 */
public record CsvExportFormat(boolean byteOrderMark, char delimiter, char decimalSeparator) {

    public CsvExportFormat {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new DataException("The delimiter must be ',', ';' or tab, got '" + delimiter + "'.");
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new DataException("The decimal separator must be '.' or ',', got '" + decimalSeparator + "'.");
        }
        if (decimalSeparator == ',' && delimiter == ',') {
            throw new DataException("With a decimal comma the delimiter must be ';' or tab, not ','.");
        }
    }

    /** Plain CSV: no BOM, comma, decimal point. */
    public static CsvExportFormat standard() {
        return new CsvExportFormat(false, ',', '.');
    }

    /** For Excel with European number settings: BOM, semicolon, decimal comma. */
    public static CsvExportFormat excelDecimalComma() {
        return new CsvExportFormat(true, ';', ',');
    }

    /** Reads a delimiter as typed on the command line: ",", ";", "tab" or "\t". */
    public static char delimiterFrom(String text) {
        return switch (text) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "\t", "\\t", "tab" -> '\t';
            default -> throw new DataException("Unknown delimiter '" + text + "'. Use ',', ';' or tab.");
        };
    }
}
