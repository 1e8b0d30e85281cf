package org.citizenhub.hub.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.golden.SurvivorshipRules;
import org.citizenhub.core.golden.SurvivorshipRulesException;
import org.citizenhub.core.golden.SurvivorshipRulesValidator;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads the survivorship rules at start-up: from the file named by {@code hub.survivorship-file} (YAML or
 * JSON, the same keys at its root), else from {@code hub.survivorship} in the application's configuration,
 * else {@link SurvivorshipRules#defaults()}. Unknown keys, values that do not bind and rules that
 * {@link SurvivorshipRulesValidator} rejects all stop the start with a {@link SurvivorshipRulesException}
 * naming the full key and the reason; a typo never silently falls back to the defaults.
 */
public final class SurvivorshipRulesLoader {

    public static final String PREFIX = "hub.survivorship";
    public static final String FILE_PROPERTY = "hub.survivorship-file";

    private static final Set<String> TOP_KEYS = Set.of("defaultrules", "defaulttrust", "fields");
    private static final Set<String> FIELD_KEYS = Set.of("rules", "trust");
    private static final String KEYS_HINT = "the keys are default-rules, default-trust and fields.<field>.rules / .trust";

    private SurvivorshipRulesLoader() {
    }

    public static SurvivorshipRules load(Environment environment) {
        String file = environment.getProperty(FILE_PROPERTY, "");
        if (!file.isBlank()) {
            return fromFile(Path.of(file.trim()));
        }
        return fromSources(ConfigurationPropertySources.get(environment), PREFIX, PREFIX);
    }

    /** A YAML or JSON file whose root holds default-rules, default-trust and fields. */
    public static SurvivorshipRules fromFile(Path file) {
        String shownAs = FILE_PROPERTY + " " + file;
        if (!Files.isRegularFile(file)) {
            throw new SurvivorshipRulesException(shownAs, "the file does not exist or is not a file");
        }
        List<PropertySource<?>> loaded;
        try {
            loaded = new YamlPropertySourceLoader().load("survivorship", new FileSystemResource(file));
        } catch (IOException | RuntimeException e) {
            throw new SurvivorshipRulesException(shownAs, "the file is not valid YAML or JSON (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, Object> prefixed = new LinkedHashMap<>();
        for (PropertySource<?> source : loaded) {
            if (source.getSource() instanceof Map<?, ?> map) {
                map.forEach((key, value) -> prefixed.put("survivorship." + key, value));
            }
        }
        if (prefixed.isEmpty()) {
            throw new SurvivorshipRulesException(shownAs, "the file holds no rules; " + KEYS_HINT);
        }
        return fromSources(ConfigurationPropertySources.from(new MapPropertySource("survivorship", prefixed)),
                "survivorship", shownAs + ":");
    }

    /** The rules under {@code prefix}; {@code shownAs} replaces the prefix in error messages. */
    public static SurvivorshipRules fromSources(Iterable<ConfigurationPropertySource> sources, String prefix, String shownAs) {
        ConfigurationPropertyName root = ConfigurationPropertyName.of(prefix);
        boolean any = checkKeys(sources, root, shownAs);
        if (!any) {
            return SurvivorshipRules.defaults();
        }
        SurvivorshipRules rules;
        try {
            rules = new Binder(sources).bind(root, Bindable.of(SurvivorshipRules.class)).orElseGet(SurvivorshipRules::defaults);
        } catch (BindException e) {
            String key = e.getProperty() != null ? e.getProperty().getName().toString() : e.getName().toString();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SurvivorshipRulesException(shown(key, root, shownAs), "cannot be read: " + cause.getMessage());
        }
        try {
            new SurvivorshipRulesValidator().validate(rules);
        } catch (SurvivorshipRulesException e) {
            throw new SurvivorshipRulesException(join(shownAs, e.field()), e.reason());
        }
        return rules;
    }

    /** Rejects keys the rules do not have; says whether any key under the root is set. */
    private static boolean checkKeys(Iterable<ConfigurationPropertySource> sources, ConfigurationPropertyName root, String shownAs) {
        boolean any = false;
        int depth = root.getNumberOfElements();
        for (ConfigurationPropertySource source : sources) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            for (ConfigurationPropertyName name : iterable) {
                if (!root.isAncestorOf(name)) {
                    continue;
                }
                any = true;
                String top = name.getElement(depth, Form.UNIFORM);
                if (!TOP_KEYS.contains(top)) {
                    throw new SurvivorshipRulesException(shown(name.toString(), root, shownAs),
                            "unknown key '" + name.getElement(depth, Form.ORIGINAL) + "'; " + KEYS_HINT);
                }
                if (top.equals("fields")) {
                    checkFieldKey(name, depth, root, shownAs);
                }
            }
        }
        return any;
    }

    private static void checkFieldKey(ConfigurationPropertyName name, int depth, ConfigurationPropertyName root, String shownAs) {
        if (name.getNumberOfElements() < depth + 3) {
            throw new SurvivorshipRulesException(shown(name.toString(), root, shownAs),
                    "a field needs its own keys: rules (a list of rule names) and/or trust (a list of source ids)");
        }
        String key = name.getElement(depth + 2, Form.UNIFORM);
        if (!FIELD_KEYS.contains(key)) {
            throw new SurvivorshipRulesException(shown(name.toString(), root, shownAs),
                    "unknown key '" + name.getElement(depth + 2, Form.ORIGINAL) + "'; a field has rules and trust");
        }
    }

    /** A key as the user should look for it: the prefix replaced by how the rules were given. */
    private static String shown(String key, ConfigurationPropertyName root, String shownAs) {
        String prefix = root.toString();
        String rest = key.startsWith(prefix) ? key.substring(prefix.length()) : "." + key;
        return join(shownAs, rest.startsWith(".") ? rest.substring(1) : rest);
    }

    private static String join(String shownAs, String key) {
        return shownAs.endsWith(":") ? shownAs + " " + key : shownAs + "." + key;
    }
}
