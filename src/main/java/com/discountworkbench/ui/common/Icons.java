package com.discountworkbench.ui.common;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import javafx.scene.image.Image;

/** The application's logo in the sizes rendered from {@code assets/logo.svg}. */
public final class Icons {
    private static final int[] SIZES = {32, 64, 256};

    private Icons() {
    }

    /** The logo at one of the rendered sizes (32, 64 or 256 pixels), as a URL string for {@link Image}. */
    public static String url(int size) {
        URL url = Icons.class.getResource("/com/discountworkbench/ui/icons/icon-" + size + ".png");
        if (url == null) {
            throw new IllegalArgumentException("No icon of size " + size);
        }
        return url.toExternalForm();
    }

    /** Every size, for the window icon; the window manager picks the one it needs. */
    public static List<Image> windowIcons() {
        return Arrays.stream(SIZES).mapToObj(size -> new Image(url(size), true)).toList();
    }
}
