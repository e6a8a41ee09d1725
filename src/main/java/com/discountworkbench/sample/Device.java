package com.discountworkbench.sample;

import com.discountworkbench.data.DataException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The device a customer mostly shops from. */
public enum Device {
    MOBILE, DESKTOP, TABLET;

    /** As written in the CSV: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a label in any letter case. */
    public static Device parse(String text) {
        for (Device device : values()) {
            if (device.label().equalsIgnoreCase(text.trim())) {
                return device;
            }
        }
        throw new DataException("Unknown device '" + text + "'. Expected one of: "
                + Arrays.stream(values()).map(Device::label).collect(Collectors.joining(", ")));
    }
}
