/**
 * The CSV reader: encoding and dialect detection, a fast tokenizer with OpenCSV for quoted lines, type
 * inference on a sample, and parsing straight into primitive columns. The only package that uses OpenCSV.
 */
package com.discountworkbench.data.csv;
