/** The headless command line (picocli): the only package that prints to standard output. */
package com.discountworkbench.cli;
