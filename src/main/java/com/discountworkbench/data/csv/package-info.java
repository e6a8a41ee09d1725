/**
 * The CSV reader: encoding and dialect detection, a fast tokenizer with OpenCSV for quoted lines, type
 * inference on a sample, and parsing straight into primitive columns, either the whole file at once
 * ({@link com.discountworkbench.data.csv.CsvDatasetReader}) or, for files larger than memory, in chunks of rows
 * with the sample's schema ({@link com.discountworkbench.data.csv.CsvChunkReader}). The only package that uses
 * OpenCSV.
 */
package com.discountworkbench.data.csv;
