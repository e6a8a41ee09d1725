package com.discountworkbench.model.dl4j;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.NetworkSpecJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * The byte form of a {@link Dl4jNetwork}: a zip holding the spec ({@code spec.json}), the input names and
 * calibration ({@code network.json}), and the weights in DL4J's own format ({@code dl4j-network.zip}, without
 * optimizer state: a saved network is for scoring).
 */
final class NetworkArchive {
    static final int FORMAT_VERSION = 1;
    private static final String SPEC = "spec.json";
    private static final String MANIFEST = "network.json";
    private static final String WEIGHTS = "dl4j-network.zip";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the archive says about the network besides its spec and weights. */
    record Manifest(int formatVersion, List<String> inputs, Calibration calibration) {
    }

    private NetworkArchive() {
    }

    static byte[] write(Dl4jNetwork network) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, SPEC, NetworkSpecJson.write(network.spec()).getBytes(StandardCharsets.UTF_8));
            put(zip, MANIFEST, MAPPER.writeValueAsBytes(
                    new Manifest(FORMAT_VERSION, network.inputNames(), network.calibration())));
            ByteArrayOutputStream weights = new ByteArrayOutputStream();
            synchronized (network.network()) {
                ModelSerializer.writeModel(network.network(), weights, false);
            }
            put(zip, WEIGHTS, weights.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a network to memory failed", e);
        }
        return bytes.toByteArray();
    }

    static Dl4jNetwork read(byte[] bytes) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw damaged("it is not a readable zip archive", e);
        }
        for (String required : List.of(SPEC, MANIFEST, WEIGHTS)) {
            if (!entries.containsKey(required)) {
                throw damaged("the entry " + required + " is missing", null);
            }
        }
        Manifest manifest;
        try {
            manifest = MAPPER.readValue(entries.get(MANIFEST), Manifest.class);
        } catch (IOException e) {
            throw damaged("its description cannot be read", e);
        }
        if (manifest.formatVersion() > FORMAT_VERSION) {
            throw new DataException("This network was saved by a newer version of the application (format "
                    + manifest.formatVersion() + "). Update the application to open it.");
        }
        NetworkSpec spec = NetworkSpecJson.read(new String(entries.get(SPEC), StandardCharsets.UTF_8));
        Nd4jRuntime.configure();
        MultiLayerNetwork network;
        try {
            network = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(entries.get(WEIGHTS)), false);
        } catch (IOException | RuntimeException e) {
            throw damaged("its weights cannot be read", e);
        }
        return new Dl4jNetwork(network, spec, manifest.inputs(), manifest.calibration());
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static DataException damaged(String why, Throwable cause) {
        return new DataException("The saved network is damaged or not a Discount Workbench network: " + why + ".",
                cause);
    }
}
