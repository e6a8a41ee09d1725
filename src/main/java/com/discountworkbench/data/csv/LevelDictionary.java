package com.discountworkbench.data.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps text to category codes in order of first appearance. Looks slices up without making a string,
 * so a string is created once per distinct value, not once per row.
 */
final class LevelDictionary {
    private final List<String> levels = new ArrayList<>();
    private int[] levelHashes = new int[16];
    private int[] slots = new int[32]; // code + 1; 0 = free
    private int mask = slots.length - 1;

    int codeOf(char[] c, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + c[i];
        }
        int slot = spread(hash) & mask;
        while (slots[slot] != 0) {
            int code = slots[slot] - 1;
            if (levelHashes[code] == hash && sameText(levels.get(code), c, start, end)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        int code = levels.size();
        levels.add(new String(c, start, end - start));
        if (code == levelHashes.length) {
            levelHashes = Arrays.copyOf(levelHashes, code * 2);
        }
        levelHashes[code] = hash;
        slots[slot] = code + 1;
        if (2 * levels.size() > slots.length) {
            rehash();
        }
        return code;
    }

    List<String> levels() {
        return levels;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int code = 0; code < levels.size(); code++) {
            int slot = spread(levelHashes[code]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = code + 1;
        }
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private static boolean sameText(String level, char[] c, int start, int end) {
        if (level.length() != end - start) {
            return false;
        }
        for (int i = 0; i < level.length(); i++) {
            if (level.charAt(i) != c[start + i]) {
                return false;
            }
        }
        return true;
    }
}
