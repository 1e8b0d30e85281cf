package org.citizenhub.core.match.score;

import java.util.Arrays;
import java.util.List;

/**
 * The Fellegi-Sunter parameters of one field: for each comparison level, m (the probability of the level
 * when the two records are one person) and u (when they are two people). Neutral levels (missing,
 * generic) carry 0 in both and weigh nothing.
 */
public record FieldModel(List<String> levels, double[] m, double[] u) {

    public FieldModel {
        levels = List.copyOf(levels);
        if (m.length != levels.size() || u.length != levels.size()) {
            throw new IllegalArgumentException("m and u need one value per level " + levels);
        }
        m = m.clone();
        u = u.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldModel that && levels.equals(that.levels) && Arrays.equals(m, that.m)
                && Arrays.equals(u, that.u);
    }

    @Override
    public int hashCode() {
        return levels.hashCode() * 31 + Arrays.hashCode(m) * 17 + Arrays.hashCode(u);
    }

    @Override
    public String toString() {
        return "FieldModel" + levels + " m=" + Arrays.toString(m) + " u=" + Arrays.toString(u);
    }
}
