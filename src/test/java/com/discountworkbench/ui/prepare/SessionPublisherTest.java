package com.discountworkbench.ui.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.TestWorkbench;
import com.discountworkbench.ui.data.DataLoading;
import com.discountworkbench.ui.task.DeferredTaskExecutor;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Role changes are worked out in the background; what happens while one is under way. */
class SessionPublisherTest {
    private final DeferredTaskExecutor tasks = new DeferredTaskExecutor();
    private final TestWorkbench workbench = new TestWorkbench(tasks);
    private final SessionPublisher publisher = new SessionPublisher(workbench.context);

    @TempDir
    Path folder;

    @BeforeEach
    void publishSample() {
        publish(TestWorkbench.sampleCsv(folder, "customers.csv", 200));
    }

    @AfterEach
    void close() throws Exception {
        workbench.close();
    }

    @Test
    void changesAskedForMeanwhileFollowInOrder() {
        LoadedDataset before = workbench.data();

        publisher.changeRole("age", ColumnRole.IGNORE);
        publisher.changeRole("city_tier", ColumnRole.IGNORE);
        publisher.changeRole("age", ColumnRole.MARGIN);

        assertThat(workbench.data()).as("nothing applied before the work is done").isSameAs(before);
        assertThat(tasks.pending()).isEqualTo(1);
        tasks.runNext();
        assertThat(workbench.data().dataset().role("age")).isEqualTo(ColumnRole.IGNORE);
        assertThat(tasks.pending()).as("the queued changes follow").isEqualTo(1);
        tasks.runNext();

        assertThat(workbench.data().dataset().role("city_tier")).isEqualTo(ColumnRole.IGNORE);
        assertThat(workbench.data().dataset().role("age")).isEqualTo(ColumnRole.MARGIN);
        assertThat(workbench.data().dataset().role("gross_margin_rate")).as("the old margin column")
                .isEqualTo(ColumnRole.IGNORE);
        assertThat(workbench.session.planProperty().get().preprocessing().columns().get("age").role())
                .isEqualTo(ColumnRole.MARGIN);
        assertThat(tasks.pending()).isZero();
    }

    @Test
    void aChangeForDataThatWasReplacedMeanwhileIsDropped() {
        publisher.changeRole("age", ColumnRole.IGNORE);
        publish(TestWorkbench.sampleCsv(folder, "other.csv", 100));
        LoadedDataset replaced = workbench.data();

        tasks.runAll();

        assertThat(workbench.data()).isSameAs(replaced);
        assertThat(workbench.data().dataset().role("age")).isEqualTo(ColumnRole.FEATURE);
    }

    private void publish(Path csv) {
        DataLoading loading = DataLoading.read(csv, CsvOptions.detect(), Map.of(), TaskMonitor.NONE);
        publisher.publishData(loading.loaded(), loading.options(), loading.spec());
    }
}
