/**
 * Files the workbench writes and reads back: policy exports with their provenance manifests, saved
 * scenarios and chart images. Every write goes through {@link com.discountworkbench.io.AtomicFiles} so a
 * failure never leaves a partial file behind. Scores and policies of customer files larger than memory are written
 * chunk by chunk ({@link com.discountworkbench.io.ScoresCsvWriter},
 * {@link com.discountworkbench.io.StreamedPolicyWriter}).
 */
package com.discountworkbench.io;
