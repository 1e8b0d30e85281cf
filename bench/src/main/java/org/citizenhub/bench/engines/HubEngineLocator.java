package org.citizenhub.bench.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the hub's engine without compiling against it: any concrete class under {@code org.citizenhub.core}
 * that implements the wanted interface (e.g. {@code BatchResolver}) and can be made without arguments
 * (a public no-argument constructor, or a public static no-argument factory returning it), other than the
 * classes named to skip. A class name given by the user wins.
 */
public final class HubEngineLocator {

    private static final String PACKAGE_PATH = "org/citizenhub/core/";
    private static final List<String> FACTORY_NAMES = List.of("withDefaults", "defaults", "create", "standard",
            "newDefault", "instance");

    private HubEngineLocator() {
    }

    /** Makes an instance of the named class, which must implement {@code type}. */
    public static <T> T instantiate(String className, Class<T> type) {
        try {
            Class<?> cls = Class.forName(className);
            if (!type.isAssignableFrom(cls)) {
                throw new IllegalArgumentException(className + " does not implement " + type.getName());
            }
            return type.cast(create(cls).orElseThrow(() -> new IllegalArgumentException(className
                    + " has neither a public no-argument constructor nor a public static no-argument factory")));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no class " + className + " on the classpath", e);
        }
    }

    /** Concrete implementations of {@code type} in hub-core that can be made without arguments, by name. */
    public static List<String> candidates(Class<?> type, List<Class<?>> skip) {
        List<String> found = new ArrayList<>();
        for (String name : classNames(type)) {
            try {
                Class<?> cls = Class.forName(name, false, type.getClassLoader());
                if (type.isAssignableFrom(cls) && !cls.isInterface() && !Modifier.isAbstract(cls.getModifiers())
                        && Modifier.isPublic(cls.getModifiers()) && !skip.contains(cls) && cls != type
                        && cls.getEnclosingClass() == null && creatable(cls)) {
                    found.add(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that cannot load is not an engine we can run
            }
        }
        found.sort(String::compareTo);
        return found;
    }

    private static boolean creatable(Class<?> cls) {
        try {
            cls.getConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return factory(cls).isPresent();
        }
    }

    private static Optional<Object> create(Class<?> cls) {
        try {
            Constructor<?> constructor = cls.getConstructor();
            return Optional.of(constructor.newInstance());
        } catch (NoSuchMethodException e) {
            Optional<Method> factory = factory(cls);
            if (factory.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(factory.get().invoke(null));
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("cannot create " + cls.getName(), ex);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + cls.getName(), e);
        }
    }

    private static Optional<Method> factory(Class<?> cls) {
        for (String name : FACTORY_NAMES) {
            try {
                Method m = cls.getMethod(name);
                if (Modifier.isStatic(m.getModifiers()) && cls.isAssignableFrom(m.getReturnType())) {
                    return Optional.of(m);
                }
            } catch (NoSuchMethodException e) {
                // try the next conventional name
            }
        }
        return Optional.empty();
    }

    /** Class names under hub-core's package, from the jar or folder that holds {@code anchor}. */
    private static List<String> classNames(Class<?> anchor) {
        URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path path = Path.of(location.toURI());
            if (Files.isDirectory(path)) {
                return walk(path.resolve(PACKAGE_PATH), path);
            }
            try (FileSystem jar = FileSystems.newFileSystem(path, Map.of())) {
                Path root = jar.getPath("/");
                return walk(root.resolve(PACKAGE_PATH), root);
            }
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot list the classes of " + location, e));
        }
    }

    private static List<String> walk(Path start, Path root) throws IOException {
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replace('\\', '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .toList();
        }
    }
}
