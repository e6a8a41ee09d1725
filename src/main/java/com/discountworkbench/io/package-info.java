/**
 * Files the workbench writes and reads back: policy exports with their provenance manifests, saved
 * scenarios and chart images. Every write goes through {@link com.discountworkbench.io.AtomicFiles} so a
 * failure never leaves a partial file behind.
 */
package com.discountworkbench.io;
