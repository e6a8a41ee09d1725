package com.discountworkbench.ui.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler and clock under the test's control: nothing runs until the test advances time. */
final class ManualScheduler implements FxThrottle.Scheduler {
    private record Pending(long dueMillis, long order, Runnable action) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private long nowMillis;
    private long order;

    @Override
    public void schedule(Runnable action, long delayMillis) {
        pending.add(new Pending(nowMillis + delayMillis, order++, action));
    }

    long nanoTime() {
        return nowMillis * 1_000_000;
    }

    int pendingCount() {
        return pending.size();
    }

    /** Moves the clock forward, running every action that falls due, in order. */
    void advance(long millis) {
        long target = nowMillis + millis;
        while (true) {
            Pending next = pending.stream().filter(p -> p.dueMillis() <= target)
                    .min(Comparator.comparingLong(Pending::dueMillis).thenComparingLong(Pending::order)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            nowMillis = Math.max(nowMillis, next.dueMillis());
            next.action().run();
        }
        nowMillis = target;
    }
}
