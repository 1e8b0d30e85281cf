package org.citizenhub.core.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known aliases of given names (William, Bill, Liam; Stephen, Steven; Mohammed, Muhammad), read from the
 * project's own table {@code nicknames.csv}: one group per line, the first name its canonical form.
 * Two names are aliases when they share a group. Names are looked up folded ({@link TextNormaliser#fold}).
 */
public final class Nicknames {

    private static final String TABLE = "nicknames.csv";
    private static final int[] NONE = new int[0];
    private static volatile Nicknames standard;

    private final Map<String, int[]> groupsByName;
    private final List<String> canonical;

    private Nicknames(Map<String, int[]> groupsByName, List<String> canonical) {
        this.groupsByName = groupsByName;
        this.canonical = canonical;
    }

    /** The table shipped with the hub; loaded once. */
    public static Nicknames standard() {
        Nicknames loaded = standard;
        if (loaded == null) {
            synchronized (Nicknames.class) {
                if (standard == null) {
                    try (InputStream in = Nicknames.class.getResourceAsStream(TABLE)) {
                        if (in == null) {
                            throw new IllegalStateException("nickname table " + TABLE + " is missing from the classpath");
                        }
                        standard = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read nickname table " + TABLE, e);
                    }
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /** Builds a table from lines in the file's format (comments and blank lines skipped). */
    public static Nicknames read(List<String> lines) {
        Map<String, List<Integer>> groups = new HashMap<>();
        List<String> canonical = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int group = canonical.size();
            String[] names = trimmed.split(",");
            canonical.add(TextNormaliser.fold(names[0]));
            for (String name : names) {
                String folded = TextNormaliser.fold(name);
                if (!folded.isEmpty()) {
                    List<Integer> of = groups.computeIfAbsent(folded, k -> new ArrayList<>(2));
                    if (!of.contains(group)) {
                        of.add(group);
                    }
                }
            }
        }
        Map<String, int[]> byName = new HashMap<>(groups.size() * 2);
        groups.forEach((name, ids) -> byName.put(name, ids.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return new Nicknames(byName, List.copyOf(canonical));
    }

    /** The groups a folded name belongs to, sorted; empty when the table does not know it. Do not modify. */
    public int[] groups(String folded) {
        return groupsByName.getOrDefault(folded, NONE);
    }

    /** Whether two folded names share a group. */
    public boolean areAliases(String a, String b) {
        return shareGroup(groups(a), groups(b));
    }

    /**
     * The canonical form to block on: the name itself when it heads a group, the group's head when the
     * name belongs to one group, the name itself when it is unknown or ambiguous ("al", "chris").
     */
    public String canonical(String folded) {
        int[] of = groups(folded);
        for (int group : of) {
            if (canonical.get(group).equals(folded)) {
                return folded;
            }
        }
        return of.length == 1 ? canonical.get(of[0]) : folded;
    }

    /** Whether two sorted group lists intersect. */
    public static boolean shareGroup(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    public int size() {
        return canonical.size();
    }
}
