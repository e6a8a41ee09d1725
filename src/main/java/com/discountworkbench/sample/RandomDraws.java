package com.discountworkbench.sample;

import java.util.SplittableRandom;

/**
 * The distributions the generator draws from, on top of {@link SplittableRandom} (whose sequence is fixed
 * by its specification) and StrictMath, so a seed gives the same data on every JVM.
 */
final class RandomDraws {
    /** Poisson draws are split into pieces of at most this mean so e^(−mean) never underflows. */
    private static final double POISSON_PIECE = 20.0;

    private final SplittableRandom random;

    RandomDraws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    int uniformInt(int bound) {
        return random.nextInt(bound);
    }

    /** Standard normal (Box–Muller). */
    double normal() {
        double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()));
        return radius * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
    }

    double exponential(double mean) {
        return -mean * StrictMath.log(1 - random.nextDouble());
    }

    /** Gamma with an integer shape: a sum of exponentials. */
    double gamma(int shape, double scale) {
        double sum = 0;
        for (int i = 0; i < shape; i++) {
            sum += exponential(scale);
        }
        return sum;
    }

    /** Poisson by Knuth's multiplication method, piece by piece for large means. */
    int poisson(double mean) {
        int count = 0;
        double remaining = mean;
        while (remaining > 0) {
            double piece = Math.min(remaining, POISSON_PIECE);
            remaining -= piece;
            double limit = StrictMath.exp(-piece);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
        }
        return count;
    }

    /** Number of successes in n independent trials. */
    int binomial(int n, double p) {
        int successes = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    /** An index drawn with the given probabilities (which sum to 1). */
    int pick(double[] probabilities) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < probabilities.length - 1; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        return probabilities.length - 1;
    }
}
