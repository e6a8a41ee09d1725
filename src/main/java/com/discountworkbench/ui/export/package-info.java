/**
 * The Export step: the policy CSV for the campaign with its manifest and model file, written atomically in the
 * background with the analyst's columns, format and control group; the Simulate charts as PNG; the folder opened.
 */
package com.discountworkbench.ui.export;
