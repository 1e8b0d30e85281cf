package org.citizenhub.core.match.cluster;

import java.util.Arrays;

/** A growable list of scored pairs in primitive arrays: no object per pair. Not thread-safe (one per worker). */
public final class ScoredPairs {

    private int[] a = new int[1024];
    private int[] b = new int[1024];
    private float[] score = new float[1024];
    private int size;

    public void add(int first, int second, float weight) {
        if (size == a.length) {
            int capacity = size + (size >> 1);
            a = Arrays.copyOf(a, capacity);
            b = Arrays.copyOf(b, capacity);
            score = Arrays.copyOf(score, capacity);
        }
        a[size] = first;
        b[size] = second;
        score[size] = weight;
        size++;
    }

    public void addAll(ScoredPairs other) {
        for (int i = 0; i < other.size; i++) {
            add(other.a[i], other.b[i], other.score[i]);
        }
    }

    public int size() {
        return size;
    }

    public int first(int i) {
        return a[i];
    }

    public int second(int i) {
        return b[i];
    }

    public float score(int i) {
        return score[i];
    }

    /** Indexes of the pairs from the highest score to the lowest; ties in insertion order. */
    public int[] byScoreDescending() {
        long[] keyed = new long[size];
        for (int i = 0; i < size; i++) {
            int bits = Float.floatToIntBits(score[i]);
            bits ^= (bits >> 31) & 0x7FFFFFFF; // floats ordered as ints, negatives included
            keyed[i] = ((long) ~bits << 32) | i;
        }
        Arrays.parallelSort(keyed);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }
}
