package com.discountworkbench.ui.export;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens folders with {@link Desktop}, when the platform supports it. Headless runs, minimal Linux desktops without
 * a file manager and sandboxes simply answer false, and the screen shows the folder's path instead.
 */
public final class DesktopFolderOpener implements FolderOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopFolderOpener.class);

    @Override
    public boolean open(Path folder) {
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Desktop.getDesktop().open(folder.toFile());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not open {} in the file manager: {}", folder, e.getMessage());
            return false;
        }
    }
}
