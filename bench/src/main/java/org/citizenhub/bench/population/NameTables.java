package org.citizenhub.bench.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The name data of the synthetic nation, loaded from the bench's data files, as samplers: surnames at
 * national frequency (a list of common names plus a Zipf-like tail of rare syllable names), given names
 * per sex and community group, and the nickname and spelling variant tables.
 */
final class NameTables {

    /** surnames.tsv gives people per 100,000; the list covers ~30% of people and the tail the rest. */
    private static final double PER_100K = 100_000.0;
    /** Zipf offset for the tail: rank r gets weight 1 / (r + offset), so the top tail names are as common as the list's last. */
    private static final double TAIL_OFFSET = 300;
    /** Share of people given a rare syllable given name. */
    static final double RARE_GIVEN_SHARE = 0.03;

    record Surname(String name, String group) {
    }

    private final WeightedSampler<Surname> surnames;
    private final Map<String, WeightedSampler<String>> givenBySexAndGroup = new HashMap<>();
    private final Map<String, List<String>> nicknames = new HashMap<>();
    private final Map<String, List<String>> givenSpellings = new HashMap<>();
    private final Map<String, List<String>> surnameSpellings = new HashMap<>();

    NameTables(SplittableRandom rng) {
        this.surnames = surnameSampler(rng);
        loadGivenNames();
        for (String[] row : TsvResource.read("given-variants.tsv", 3)) {
            Map<String, List<String>> target = switch (row[0]) {
                case "nick" -> nicknames;
                case "spell" -> givenSpellings;
                default -> throw new IllegalStateException("given-variants.tsv: unknown kind " + row[0]);
            };
            target.put(row[1], List.of(row[2].split(",")));
        }
        for (String[] row : TsvResource.read("surname-variants.tsv", 2)) {
            surnameSpellings.put(row[0], List.of(row[1].split(",")));
        }
    }

    Surname surname(SplittableRandom rng) {
        return surnames.sample(rng);
    }

    /** A given name for the sex, from the group's list (or the majority list, as many families choose). */
    String given(boolean male, String group, SplittableRandom rng) {
        if (rng.nextDouble() < RARE_GIVEN_SHARE) {
            return SyllableNames.given(male, rng);
        }
        String chosenGroup = rng.nextDouble() < 0.8 ? group : "en";
        WeightedSampler<String> sampler = givenBySexAndGroup.get(key(male, chosenGroup));
        if (sampler == null) {
            sampler = givenBySexAndGroup.get(key(male, "en"));
        }
        return sampler.sample(rng);
    }

    List<String> nicknames(String given) {
        return nicknames.getOrDefault(given, List.of());
    }

    List<String> givenSpellings(String given) {
        return givenSpellings.getOrDefault(given, List.of());
    }

    List<String> surnameSpellings(String family) {
        return surnameSpellings.getOrDefault(family, List.of());
    }

    private static WeightedSampler<Surname> surnameSampler(SplittableRandom rng) {
        List<Surname> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double listMass = 0;
        for (String[] row : TsvResource.read("surnames.tsv", 3)) {
            double share = Double.parseDouble(row[2]) / PER_100K;
            names.add(new Surname(row[0], row[1]));
            weights.add(share);
            listMass += share;
        }
        List<String[]> tail = SyllableNames.surnames(rng);
        double harmonic = 0;
        for (int r = 1; r <= tail.size(); r++) {
            harmonic += 1.0 / (r + TAIL_OFFSET);
        }
        double tailMass = 1.0 - listMass;
        for (int r = 1; r <= tail.size(); r++) {
            String[] t = tail.get(r - 1);
            names.add(new Surname(t[0], t[1]));
            weights.add(tailMass * (1.0 / (r + TAIL_OFFSET)) / harmonic);
        }
        return new WeightedSampler<>(names, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private void loadGivenNames() {
        Map<String, List<String>> names = new HashMap<>();
        Map<String, List<Double>> weights = new HashMap<>();
        for (String[] row : TsvResource.read("given-names.tsv", 4)) {
            String key = key("M".equals(row[1]), row[2]);
            names.computeIfAbsent(key, k -> new ArrayList<>()).add(row[0]);
            weights.computeIfAbsent(key, k -> new ArrayList<>()).add(Double.parseDouble(row[3]));
        }
        names.forEach((key, list) -> givenBySexAndGroup.put(key, new WeightedSampler<>(list,
                weights.get(key).stream().mapToDouble(Double::doubleValue).toArray())));
    }

    private static String key(boolean male, String group) {
        return (male ? "M" : "F") + ":" + group;
    }
}
