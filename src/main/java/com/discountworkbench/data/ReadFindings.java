package com.discountworkbench.data;

import java.util.List;

/**
 * What a reader learned while reading, before the values are judged: rows kept out, blank lines skipped and
 * warnings about the file's structure (duplicate header names, columns read as text).
 */
public record ReadFindings(long rejectedCount, List<RejectedRow> rejected, long blankLines,
                           List<QualityWarning> warnings) {
    public ReadFindings {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
