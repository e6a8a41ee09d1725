package com.discountworkbench.io;

import static com.discountworkbench.io.ZipEntries.put;
import static com.discountworkbench.io.ZipEntries.text;

import com.discountworkbench.AppInfo;
import com.discountworkbench.data.DataException;
import com.discountworkbench.json.Json;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.ModelReport;
import com.discountworkbench.model.NetworkTrainer;
import com.discountworkbench.model.Provenance;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.prep.FittedPreprocessor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * The model file ({@code .dwm}): one zip holding both networks in DeepLearning4J's own format, the fitted
 * preprocessing, the network specs, the test metrics and the provenance, each readable on its own.
 */
public final class ModelFile {
    public static final String EXTENSION = ".dwm";
    static final String FORMAT = "discount-workbench-model";
    static final int FORMAT_VERSION = 1;

    private static final String HEADER = "model.json";
    private static final String PREPROCESSING = "preprocessing.json";
    private static final String PURCHASE_NETWORK = "purchase-network.bin";
    private static final String PURCHASE_SPEC = "purchase-spec.json";
    private static final String VALUE_NETWORK = "value-network.bin";
    private static final String VALUE_SPEC = "value-spec.json";
    private static final String REPORT = "report.json";
    private static final String PROVENANCE = "provenance.json";

    /** What identifies the file and the parts that are not files of their own. */
    record Header(String format, int formatVersion, String appVersion, double fallbackSpend) {
    }

    private ModelFile() {
    }

    public static void write(Path target, DiscountModel model) {
        try {
            AtomicFiles.write(target, out -> write(out, model));
        } catch (IOException e) {
            throw new DataException("Could not save the model (" + e.getMessage()
                    + "). Check that the folder exists and is writable.", target, -1, null, e);
        }
    }

    /** The model file's bytes, for embedding it in another file (a project). */
    public static byte[] toBytes(DiscountModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes, model);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void write(OutputStream out, DiscountModel model) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        put(zip, HEADER, Json.write(new Header(FORMAT, FORMAT_VERSION, AppInfo.version(), model.fallbackSpend())));
        put(zip, PREPROCESSING, model.preprocessing().toJson());
        put(zip, PURCHASE_NETWORK, model.purchase().toBytes());
        put(zip, PURCHASE_SPEC, Json.write(model.purchase().spec()));
        if (model.value().isPresent()) {
            put(zip, VALUE_NETWORK, model.value().get().toBytes());
            put(zip, VALUE_SPEC, Json.write(model.value().get().spec()));
        }
        put(zip, REPORT, Json.write(model.report()));
        put(zip, PROVENANCE, Json.write(model.provenance()));
        zip.finish();
    }

    /** @param networks reads the networks back (the DeepLearning4J adapter) */
    public static DiscountModel read(Path file, NetworkTrainer networks) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("The model file does not exist or is a folder. Train a model first with "
                    + "'train … --out MODEL" + EXTENSION + "'.", file, -1, null, null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file, networks);
        } catch (IOException e) {
            throw new DataException("Could not read the model file (" + e.getMessage() + ").", file, -1, null, e);
        }
    }

    /**
     * Reads a model embedded in another file, from the bytes {@link #toBytes} made.
     *
     * @param source the file that holds the bytes, named in error messages
     */
    public static DiscountModel fromBytes(byte[] bytes, Path source, NetworkTrainer networks) {
        try {
            return read(new ByteArrayInputStream(bytes), source, networks);
        } catch (IOException e) {
            throw new DataException("Could not read the model (" + e.getMessage() + ").", source, -1, null, e);
        }
    }

    private static DiscountModel read(InputStream in, Path file, NetworkTrainer networks) throws IOException {
        Map<String, byte[]> entries = entries(in, file);
        byte[] header = entries.get(HEADER);
        if (header == null) {
            throw notAModel(file, null);
        }
        Header parsed = Json.read(text(header), Header.class, "model file header");
        if (!FORMAT.equals(parsed.format()) || parsed.formatVersion() > FORMAT_VERSION) {
            throw new DataException("This model file was written by a newer or different program (format "
                    + parsed.format() + " " + parsed.formatVersion() + "). Retrain the model with this version.",
                    file, -1, null, null);
        }
        try {
            FittedPreprocessor prep = FittedPreprocessor.fromJson(text(required(entries, PREPROCESSING, file)));
            TrainedNetwork purchase = networks.fromBytes(required(entries, PURCHASE_NETWORK, file));
            Optional<TrainedNetwork> value = Optional.ofNullable(entries.get(VALUE_NETWORK)).map(networks::fromBytes);
            ModelReport report = Json.read(text(required(entries, REPORT, file)), ModelReport.class, "model report");
            Provenance provenance = Json.read(text(required(entries, PROVENANCE, file)), Provenance.class,
                    "model provenance");
            return new DiscountModel(prep, purchase, value, parsed.fallbackSpend(), report, provenance);
        } catch (DataException e) {
            throw new DataException("The model file is damaged: " + e.getMessage(), file, -1, null, e);
        }
    }

    private static Map<String, byte[]> entries(InputStream in, Path file) throws IOException {
        try {
            return ZipEntries.read(in);
        } catch (ZipException e) {
            throw notAModel(file, e);
        } catch (EOFException e) {
            throw new DataException("The model file is incomplete: it ends early, as after an interrupted copy or "
                    + "download. Copy it again or retrain the model.", file, -1, null, e);
        }
    }

    private static byte[] required(Map<String, byte[]> entries, String name, Path file) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new DataException("The model file is incomplete: '" + name + "' is missing. Retrain the model.",
                    file, -1, null, null);
        }
        return bytes;
    }

    private static DataException notAModel(Path file, Throwable cause) {
        return new DataException("This is not a Discount Workbench model file. Choose a " + EXTENSION
                + " file written by 'train' or the Train screen.", file, -1, null, cause);
    }
}
