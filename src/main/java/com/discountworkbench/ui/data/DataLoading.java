package com.discountworkbench.ui.data;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.session.RoleAssignment;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a data file for the workbench, on a worker thread: the dataset with its quality report, the roles the
 * analyst gave before (another reading of the same file, an opened project) and the default preprocessing choices.
 *
 * @param loaded  the data with its roles
 * @param options how it was read (the analyst's choices; no role overrides)
 * @param spec    default preprocessing choices for the data and its roles
 */
public record DataLoading(LoadedDataset loaded, CsvOptions options, PrepSpec spec) {

    /**
     * @param roles roles to keep, by column name; names the file does not have (any more) are skipped
     */
    public static DataLoading read(Path file, CsvOptions options, Map<String, ColumnRole> roles, TaskMonitor monitor) {
        CsvOptions readOptions = options.withRoleOverrides(Map.of());
        LoadedDataset loaded = RoleAssignment.apply(CsvDatasetReader.read(file, readOptions, monitor), roles);
        monitor.checkCancelled();
        return new DataLoading(loaded, readOptions, PrepSpec.defaults(loaded.dataset()));
    }
}
