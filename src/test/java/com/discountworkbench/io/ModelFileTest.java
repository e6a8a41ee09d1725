package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.testing.SyntheticCustomers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    private static final Dl4jTrainer NETWORKS = new Dl4jTrainer();

    @TempDir
    static Path shared;
    private static Dataset data;
    private static DiscountModel model;
    private static Path saved;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainOnce() throws IOException {
        data = SyntheticCustomers.read(SyntheticCustomers.write(shared.resolve("customers.csv"), 1200, 4));
        NetworkSpec purchase = NetworkSpec.small().withEpochs(3, 0);
        TrainingPlan plan = TrainingPlan.defaults().withNetworks(purchase, purchase.forValueModel().withEpochs(6, 0));
        model = new DiscountModelTrainer(NETWORKS).train(data, plan, DiscountModelTrainer.Progress.NONE,
                TaskMonitor.NONE);
        saved = shared.resolve("model.dwm");
        ModelFile.write(saved, model);
    }

    @Test
    void aSavedModelPredictsExactlyAsBefore() {
        DiscountModel loaded = ModelFile.read(saved, NETWORKS);

        FeatureMatrix features = model.preprocessing().features(data);
        assertThat(loaded.preprocessing()).isEqualTo(model.preprocessing());
        assertThat(loaded.purchaseProbability(loaded.preprocessing().features(data)))
                .containsExactly(model.purchaseProbability(features));
        assertThat(loaded.value()).isPresent();
        assertThat(loaded.expectedSpend(features)).containsExactly(model.expectedSpend(features));
        assertThat(loaded.purchase().spec()).isEqualTo(model.purchase().spec());
        assertThat(loaded.purchase().calibration()).isEqualTo(model.purchase().calibration());
        assertThat(loaded.report()).isEqualTo(model.report());
        assertThat(loaded.provenance()).isEqualTo(model.provenance());
        assertThat(loaded.fallbackSpend()).isEqualTo(model.fallbackSpend());
    }

    @Test
    void aFileThatIsNotAZipIsNotAModel() throws IOException {
        byte[] noise = new byte[4096];
        new SplittableRandom(1).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.dwm"), noise);

        assertThatThrownBy(() -> ModelFile.read(file, NETWORKS)).isInstanceOf(DataException.class)
                .hasMessage("noise.dwm: This is not a Discount Workbench model file. Choose a .dwm file written by "
                        + "'train' or the Train screen.");
    }

    @Test
    void aForeignZipIsNotAModel() throws IOException {
        Path file = Files.write(dir.resolve("photos.dwm"), zip(Map.of("holiday.txt", utf8("sunny"))));

        assertThatThrownBy(() -> ModelFile.read(file, NETWORKS)).isInstanceOf(DataException.class)
                .hasMessageContaining("not a Discount Workbench model file");
    }

    @Test
    void aModelOfAnotherFormatIsRefused() throws IOException {
        Path file = rewritten("future.dwm", entries -> entries.put("model.json", utf8(
                "{\"format\":\"discount-workbench-model\",\"formatVersion\":99,\"appVersion\":\"9.0\","
                        + "\"fallbackSpend\":1}")));

        assertThatThrownBy(() -> ModelFile.read(file, NETWORKS)).isInstanceOf(DataException.class)
                .hasMessageContaining("written by a newer or different program")
                .hasMessageContaining("Retrain the model");
    }

    @Test
    void aTruncatedFileIsReportedAsIncomplete() throws IOException {
        byte[] whole = Files.readAllBytes(saved);
        Path file = Files.write(dir.resolve("cut.dwm"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> ModelFile.read(file, NETWORKS)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("cut.dwm: The model file is incomplete");
    }

    @Test
    void aMissingPartIsNamed() throws IOException {
        Path file = rewritten("partial.dwm", entries -> entries.remove("preprocessing.json"));

        assertThatThrownBy(() -> ModelFile.read(file, NETWORKS)).isInstanceOf(DataException.class)
                .hasMessageContaining("'preprocessing.json' is missing");
    }

    @Test
    void aDamagedNetworkIsReportedAsDamage() throws IOException {
        Path file = rewritten("damaged.dwm", entries -> entries.put("purchase-network.bin", utf8("not a network")));

        assertThatThrownBy(() -> ModelFile.read(file, NETWORKS)).isInstanceOf(DataException.class)
                .hasMessageContaining("The model file is damaged");
    }

    @Test
    void aMissingFileOrAFolderIsAClearError() {
        assertThatThrownBy(() -> ModelFile.read(dir.resolve("none.dwm"), NETWORKS))
                .isInstanceOf(DataException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ModelFile.read(dir, NETWORKS))
                .isInstanceOf(DataException.class).hasMessageContaining("is a folder");
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("model.dwm"), "previous model");
        DiscountModel unsavable = new DiscountModel(model.preprocessing(), new FailingNetwork(model.purchase()),
                model.value(), model.fallbackSpend(), model.report(), model.provenance());

        assertThatThrownBy(() -> ModelFile.write(target, unsavable)).isInstanceOf(UncheckedIOException.class);

        assertThat(Files.readString(target)).isEqualTo("previous model");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("model.dwm");
        }
        Path nowhere = dir.resolve("missing-folder").resolve("model.dwm");
        assertThatThrownBy(() -> ModelFile.write(nowhere, model)).isInstanceOf(DataException.class)
                .hasMessageContaining("Could not save the model");
        assertThat(dir.resolve("missing-folder")).doesNotExist();
    }

    /** The saved model with some entries changed. */
    private Path rewritten(String name, Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(saved)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        change.accept(entries);
        return Files.write(dir.resolve(name), zip(entries));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A network whose serialization fails half-way through a save, like a full disk would. */
    private record FailingNetwork(TrainedNetwork real) implements TrainedNetwork {
        @Override
        public float[] predict(FeatureMatrix features) {
            return real.predict(features);
        }

        @Override
        public NetworkSpec spec() {
            return real.spec();
        }

        @Override
        public List<String> inputNames() {
            return real.inputNames();
        }

        @Override
        public Calibration calibration() {
            return real.calibration();
        }

        @Override
        public byte[] toBytes() {
            throw new UncheckedIOException(new IOException("No space left on device"));
        }
    }
}
