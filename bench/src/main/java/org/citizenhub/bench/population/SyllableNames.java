package org.citizenhub.bench.population;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The long tail of rare names, built from syllables: most real surnames are rare, and a list of common
 * ones alone would make every name a collision. English-looking surnames come from prefix + joint +
 * suffix ("Ash" + "en" + "ley"); a share comes from Polish, Hispanic and South Asian or Arabic patterns.
 */
final class SyllableNames {

    private static final String[] PREFIX = {"Ash", "Bar", "Black", "Brad", "Brook", "Cal", "Craw", "Dun", "Fair", "Hol",
        "Hart", "Kings", "Lang", "Mar", "Mor", "Pen", "Ram", "Red", "Ship", "Stan", "Thorn", "Wat", "Wes", "Whit",
        "Wood", "Ald", "Bel", "Bur", "Cob", "Dal", "Eg", "Fen", "Gar", "Hal", "Hux", "Kel", "Lind", "Mab", "Nor",
        "Ock", "Pil", "Quen", "Rad", "Sax", "Tal", "Ul", "Ven", "Wil", "Yar", "Brom", "Chad", "Dray", "Elm", "Fol",
        "Glan", "Hask", "Ing", "Kem", "Lox", "Mel", "Pad", "Rud", "Scar", "Tew", "Wig", "Ack", "Bick", "Cot", "Ding",
        "Farn"};
    private static final String[] JOINT = {"", "", "", "", "en", "er", "ing", "le", "ow", "am", "s", "ber", "ling", "ren",
        "dle", "mer", "e", "a", "i"};
    private static final String[] SUFFIX = {"ley", "ton", "field", "worth", "by", "ham", "wick", "ford", "well", "more",
        "stone", "shaw", "croft", "hurst", "combe", "dale", "son", "er", "man", "land", "bury", "cott", "den", "holme",
        "thorpe", "wood", "ridge", "gate", "low", "all", "ett", "ock", "ey", "ard", "ing", "ham"};
    private static final String[][] WORLD = {
        {"pl", "Kowal,Now,Zaw,Grab,Lew,Mazur,Kacz,Pawl,Sob,Wit,Krol,Jabl,Stas,Brzez,Chmiel,Dud,Gorz,Jas,Kub,Lis,Wrob,Zyg",
            "ski,ak,czyk,ewicz,owski,iak,ek,any,arz,inski,ecki,uk"},
        {"es", "Var,Vel,Barr,Cal,Ord,Esc,Ibar,Lor,Mend,Zub,Arr,Guti,Bel,Sot,Riv,Quin,Ced,Anz,Bal,Lar,Pal,Sal",
            "ez,ado,illo,ero,ona,ano,eda,uela,ios,anda,ares,ino"},
        {"sa", "Rah,Hus,Kar,Sidd,Chau,Bhat,Nas,Qad,Far,Jam,Raz,Sul,Tah,Wah,Zah,Ans,Bak,Dar,Haf,Maj,Sheik,Pat",
            "ani,ari,eem,ood,iq,ullah,an,ir,ain,uddin,ee,wala"},
    };
    private static final String[] GIVEN_START = {"Ka", "Ma", "Ja", "Da", "Ty", "Bra", "Ke", "Ri", "Lo", "Ze", "Na", "Sa", "Ar",
        "El", "Il", "Or", "Ca", "Ro", "Va", "Jo", "Mi", "Ta", "Le", "Ny"};
    private static final String[] GIVEN_MIDDLE = {"ri", "le", "ya", "ne", "de", "li", "ra", "vi", "lo", "na", "ty", "den",
        "son", "lyn", "ley", "ric", "ven", "mon", ""};
    private static final String[] MALE_END = {"n", "an", "on", "el", "o", "us", "er", "", "im", "ek"};
    private static final String[] FEMALE_END = {"a", "ah", "ie", "elle", "ine", "ia", "yn", "", "ette", "ee"};

    private SyllableNames() {
    }

    /** Distinct rare surnames, each with its group, in a random order (rank in that order drives frequency). */
    static List<String[]> surnames(SplittableRandom rng) {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> out = new ArrayList<>();
        for (String prefix : PREFIX) {
            for (String joint : JOINT) {
                for (String suffix : SUFFIX) {
                    addIfNew(seen, out, prefix + joint + suffix, "en");
                }
            }
        }
        for (String[] world : WORLD) {
            for (String stem : world[1].split(",")) {
                for (String joint : new String[] {"", "o", "a", "er"}) {
                    for (String end : world[2].split(",")) {
                        addIfNew(seen, out, stem + joint + end, world[0]);
                    }
                }
            }
        }
        shuffle(out, rng);
        return out;
    }

    /** A rare given name for the sex. */
    static String given(boolean male, SplittableRandom rng) {
        String[] ends = male ? MALE_END : FEMALE_END;
        return GIVEN_START[rng.nextInt(GIVEN_START.length)] + GIVEN_MIDDLE[rng.nextInt(GIVEN_MIDDLE.length)]
                + ends[rng.nextInt(ends.length)];
    }

    private static void addIfNew(Set<String> seen, List<String[]> out, String raw, String group) {
        String name = raw.replaceAll("([a-z])\\1\\1", "$1$1");
        if (seen.add(name)) {
            out.add(new String[] {name, group});
        }
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
