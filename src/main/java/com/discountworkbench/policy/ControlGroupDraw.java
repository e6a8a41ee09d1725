package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import java.util.SplittableRandom;

/**
 * Draws the control group customer by customer in list order, so a list larger than memory is drawn in one pass
 * without remembering anyone: selection sampling (Knuth's Algorithm S) takes exactly round(share · n) of the n
 * customers, every group of that size being equally likely, and gives each control customer a level drawn
 * uniformly from the candidate levels. The same n, share, candidates and seed always give the same draw.
 */
public final class ControlGroupDraw {
    private final int customers;
    private final int controls;
    private final int[] candidates;
    private final SplittableRandom random;
    private int seen;
    private int selected;
    private int level = -1;

    public ControlGroupDraw(int customers, int[] candidateLevels, double share, long seed) {
        if (!(share >= 0 && share <= 1)) {
            throw new DataException("The holdout share must be between 0 and 1 (write 10 % as 0.10), got " + share
                    + ".");
        }
        if (candidateLevels.length == 0) {
            throw new DataException("No discount level is allowed for the control group.");
        }
        this.customers = customers;
        this.controls = (int) Math.round(share * customers);
        this.candidates = candidateLevels.clone();
        this.random = new SplittableRandom(seed);
    }

    /** Whether the next customer in list order is in the control group; then {@link #level()} is their level. */
    public boolean nextIsControl() {
        if (seen == customers) {
            throw new IllegalStateException("All " + customers + " customers were drawn");
        }
        int left = customers - seen++;
        if (random.nextDouble() * left < controls - selected) {
            selected++;
            level = candidates[random.nextInt(candidates.length)];
            return true;
        }
        return false;
    }

    /** The level drawn for the last control customer. */
    public int level() {
        return level;
    }

    /** The size of the control group. */
    public int controls() {
        return controls;
    }
}
