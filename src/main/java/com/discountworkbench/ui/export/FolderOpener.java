package com.discountworkbench.ui.export;

import java.nio.file.Path;

/** Shows a folder in the system's file manager. Called off the UI thread; may block for a moment. */
@FunctionalInterface
public interface FolderOpener {

    /** @return false when the system offers no way to open folders, or opening failed */
    boolean open(Path folder);
}
