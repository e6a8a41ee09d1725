/** Progress reporting and cancellation shared by all long-running core work. */
package com.discountworkbench.task;
