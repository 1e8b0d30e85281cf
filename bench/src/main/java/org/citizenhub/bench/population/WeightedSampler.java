package org.citizenhub.bench.population;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws items in proportion to their weights, in O(log n) per draw (cumulative sums and a binary search). */
final class WeightedSampler<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedSampler(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one positive weight per item, and at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    T sample(SplittableRandom rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        int index = i >= 0 ? i : -i - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    double totalWeight() {
        return cumulative[cumulative.length - 1];
    }

    int size() {
        return items.size();
    }
}
