/** Helpers shared by tests of several packages (test sources only). */
package com.discountworkbench.testing;
