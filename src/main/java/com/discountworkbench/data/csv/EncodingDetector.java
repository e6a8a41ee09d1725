package com.discountworkbench.data.csv;

import com.discountworkbench.data.DataException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Works out a file's encoding from its first bytes: a byte-order mark, UTF-16 without one (every other byte 0),
 * valid UTF-8, else GB18030 (a superset of GBK) when the non-ASCII bytes pair up as Chinese characters do,
 * else windows-1252. Also refuses files that are not text.
 */
final class EncodingDetector {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The detected charset and how many BOM bytes precede the text. */
    record Detected(Charset charset, int bomLength) {
    }

    private EncodingDetector() {
    }

    static Detected detect(byte[] head, int length, boolean wholeFile, Path file) {
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(head, length);
        if (utf16 != null) {
            return new Detected(utf16, 0);
        }
        refuseBinary(head, length, file);
        if (isValidUtf8(head, length, wholeFile)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        return new Detected(legacyCharset(head, 0, length), 0);
    }

    /** The charset to use instead of UTF-8 when these bytes (around an invalid sequence) are not UTF-8. */
    static Charset legacyCharset(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
            } else if (b >= 0x81 && b <= 0xFE && i + 1 < to && isGbTrail(bytes[i + 1] & 0xFF)) {
                i += 2;
            } else if (b >= 0x81 && b <= 0xFE && i + 3 < to && isDigit(bytes[i + 1]) && isDigit(bytes[i + 3])) {
                i += 4; // GB18030 four-byte sequence
            } else if (i + 1 >= to) {
                i++; // cut off at the end of the window
            } else {
                return WINDOWS_1252;
            }
        }
        return GB18030;
    }

    private static boolean isGbTrail(int b) {
        return b >= 0x40 && b <= 0xFE && b != 0x7F;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean startsWith(byte[] head, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** ASCII text in UTF-16 has a zero in every other byte: odd positions for LE, even for BE. */
    private static Charset utf16WithoutBom(byte[] head, int length) {
        int pairs = length / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            zeroEven += head[i] == 0 ? 1 : 0;
            zeroOdd += head[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd > 0.4 * pairs && zeroEven < 0.05 * pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > 0.4 * pairs && zeroOdd < 0.05 * pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static void refuseBinary(byte[] head, int length, Path file) {
        String kind = null;
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            kind = "an Excel workbook or a zip archive";
        } else if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            kind = "an old Excel (.xls) workbook";
        } else if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            kind = "a PDF document";
        }
        int controls = 0;
        for (int i = 0; i < length && kind == null; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                kind = "binary data (it contains zero bytes)";
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1A) {
                controls++;
            }
        }
        if (kind == null && controls > Math.max(8, length / 100)) {
            kind = "binary data (it contains many control characters)";
        }
        if (kind != null) {
            throw new DataException("This is not a CSV text file: it looks like " + kind
                    + ". Save or export the data as CSV and try again.", file, -1, null, null);
        }
    }

    private static boolean isValidUtf8(byte[] head, int length, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        // When the head is only the start of the file, a sequence cut at its end is not an error.
        return !decoder.decode(in, out, wholeFile).isError();
    }

    /** Message for bytes that do not decode in a charset the analyst chose. */
    static DataException undecodable(Path file, Charset charset, long offset, CharacterCodingException cause) {
        return new DataException("The bytes at offset " + offset + " are not valid " + charset.name()
                + " text. Choose the file's real encoding with --encoding (for example UTF-8, GB18030, windows-1252).",
                file, -1, null, cause);
    }
}
