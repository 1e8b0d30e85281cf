package org.citizenhub.bench.population;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Towns, streets and postcodes of the synthetic nation, and new dwellings and phone numbers in them.
 * Each town has a fixed set of streets (more in bigger towns); each street one postcode per block of
 * house numbers, so neighbours share a postcode as they do in real life.
 */
final class Geography {

    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String[] AREA_CODES = {"0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141",
        "0151", "0161", "0191", "01632", "01223", "01224", "01392", "01452", "01603", "01752", "01904"};
    private static final int HOUSES_PER_POSTCODE = 40;

    private record Street(String name, String type, String typeShort, int length, String[] postcodes) {
    }

    private record Town(String name, List<Street> streets) {
    }

    private final WeightedSampler<Town> towns;
    private final Set<String> issuedPhones = new HashSet<>();
    private int nextDwellingId;

    Geography(SplittableRandom rng) {
        List<String> stems = new ArrayList<>();
        List<String[]> types = new ArrayList<>();
        List<Double> typeWeights = new ArrayList<>();
        for (String[] row : TsvResource.readLoose("streets.tsv")) {
            if ("stem".equals(row[0])) {
                stems.add(row[1]);
            } else {
                types.add(new String[] {row[1], row[2]});
                typeWeights.add(Double.parseDouble(row[3]));
            }
        }
        WeightedSampler<String[]> typeSampler = new WeightedSampler<>(types,
                typeWeights.stream().mapToDouble(Double::doubleValue).toArray());
        List<Town> townList = new ArrayList<>();
        List<String[]> townRows = TsvResource.read("towns.tsv", 3);
        double[] weights = new double[townRows.size()];
        for (int i = 0; i < townRows.size(); i++) {
            String[] row = townRows.get(i);
            weights[i] = Double.parseDouble(row[2]);
            townList.add(new Town(row[0], streets(row[1], (int) (20 + weights[i] * 3), stems, typeSampler, rng)));
        }
        this.towns = new WeightedSampler<>(townList, weights);
    }

    /** A new dwelling somewhere in the nation; a share are flats. */
    Dwelling newDwelling(SplittableRandom rng, boolean withLandline) {
        Town town = towns.sample(rng);
        Street street = town.streets().get(rng.nextInt(town.streets().size()));
        int number = 1 + rng.nextInt(street.length());
        String flat = rng.nextDouble() < 0.15 ? "Flat " + (1 + rng.nextInt(12)) : null;
        String postcode = street.postcodes()[(number - 1) / HOUSES_PER_POSTCODE];
        return new Dwelling(nextDwellingId++, flat, Integer.toString(number), street.name(), street.type(),
                street.typeShort(), town.name(), postcode, withLandline ? newLandline(rng) : null);
    }

    /** A mobile number in national form, "07" and nine more digits, never issued before. */
    String newMobile(SplittableRandom rng) {
        String phone;
        do {
            phone = "07" + (4 + rng.nextInt(6)) + digits(rng, 8);
        } while (!issuedPhones.add(phone));
        return phone;
    }

    /** A fixed line in national form: an area code and a local number, eleven digits in all. */
    String newLandline(SplittableRandom rng) {
        String phone;
        do {
            String area = AREA_CODES[rng.nextInt(AREA_CODES.length)];
            phone = area + (2 + rng.nextInt(7)) + digits(rng, 10 - area.length());
        } while (!issuedPhones.add(phone));
        return phone;
    }

    private static List<Street> streets(String area, int count, List<String> stems, WeightedSampler<String[]> types,
            SplittableRandom rng) {
        List<Street> streets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int district = 1;
        for (int attempt = 0; streets.size() < count && attempt < count * 20; attempt++) {
            String stem = stems.get(rng.nextInt(stems.size()));
            String[] type = types.sample(rng);
            if (!names.add(stem + " " + type[0])) {
                continue;
            }
            int length = 10 + rng.nextInt(190);
            String[] postcodes = new String[(length - 1) / HOUSES_PER_POSTCODE + 1];
            for (int i = 0; i < postcodes.length; i++) {
                postcodes[i] = area + district + " " + rng.nextInt(10) + LETTERS.charAt(rng.nextInt(LETTERS.length()))
                        + LETTERS.charAt(rng.nextInt(LETTERS.length()));
            }
            district = district % 19 + 1;
            streets.add(new Street(stem, type[0], type[1], length, postcodes));
        }
        return streets;
    }

    static String digits(SplittableRandom rng, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + rng.nextInt(10)));
        }
        return out.toString();
    }
}
