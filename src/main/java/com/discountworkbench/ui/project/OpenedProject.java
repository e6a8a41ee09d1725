package com.discountworkbench.ui.project;

import com.discountworkbench.io.DataReference;
import com.discountworkbench.io.WorkbenchProject;
import com.discountworkbench.ui.data.DataLoading;

/**
 * A project read from its file, with its data file read again (when it could be found).
 *
 * @param project the saved state
 * @param check   what became of the data file; null when the project had no data
 * @param data    the data read again; null when the project had none or the file is missing
 */
record OpenedProject(WorkbenchProject project, DataReference.Check check, DataLoading data) {
}
