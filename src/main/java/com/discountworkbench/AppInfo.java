package com.discountworkbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and versions of the application and its main libraries, for --version, About and provenance. */
public final class AppInfo {
    public static final String NAME = "Discount Workbench";
    private static final Properties PROPERTIES = load();

    private AppInfo() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "dev");
    }

    public static String dl4jVersion() {
        return PROPERTIES.getProperty("dl4j.version", "unknown");
    }

    public static String javafxVersion() {
        return PROPERTIES.getProperty("javafx.version", "unknown");
    }
}
