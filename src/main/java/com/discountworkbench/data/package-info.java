/**
 * Reading analysts' CSV files into columnar datasets: schema detection, column types and roles,
 * and the data quality report.
 */
package com.discountworkbench.data;
