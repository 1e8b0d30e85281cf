package org.citizenhub.hub.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.camel.support.RestConsumerContextPathMatcher.ConsumerPath;

/**
 * Camel's choice of REST consumer for a request ({@code RestConsumerContextPathMatcher.matchBestPath}), made
 * with every consumer path split once, when the table is built, and the request path split once per request.
 * Camel splits the request path and every consumer path again for each consumer on each request: that was a
 * fifth of the garbage of a profile read.
 * <p>
 * Only the usual outcomes are decided here, by Camel's own rules and in the consumers' order: a path that
 * matches a consumer exactly, else the one URI template with the fewest parameters. Everything else (OPTIONS,
 * a table without templates, no match, an ambiguous match, another method's exact match, wildcards) answers
 * {@code null}, "ask Camel", so those keep Camel's behaviour to the letter.
 */
final class RestPathMatcher<T> {

    private record Route<T>(ConsumerPath<T> path, String[] segments, int templates, String methods) {
    }

    private final List<Route<T>> routes;
    /** Templates are decided here unless a path could also match Camel's wildcard pass, which may overrule them. */
    private final boolean templatesDecidable;

    RestPathMatcher(List<? extends ConsumerPath<T>> paths) {
        List<Route<T>> built = new ArrayList<>(paths.size());
        boolean templated = false;
        boolean wildcard = false;
        for (ConsumerPath<T> path : paths) {
            String[] segments = segments(path.getConsumerPath());
            int templates = 0;
            for (String segment : segments) {
                if (isTemplate(segment)) {
                    templates++;
                }
            }
            templated |= templates > 0;
            wildcard |= path.getConsumerPath().contains("*") || path.getConsumerPath().endsWith("/");
            String methods = path.getRestrictMethod() == null ? null : path.getRestrictMethod().toLowerCase(Locale.ENGLISH);
            built.add(new Route<>(path, segments, templates, methods));
        }
        this.routes = List.copyOf(built);
        this.templatesDecidable = templated && !wildcard;
    }

    /** The consumer Camel would choose, or null where this leaves the choice to Camel. */
    T match(String method, String requestPath) {
        if (method == null || requestPath == null || "options".equalsIgnoreCase(method)) {
            return null;
        }
        String methodLower = method.toLowerCase(Locale.ENGLISH);
        String[] request = segments(requestPath);
        Route<T> exact = null;
        boolean candidateTemplate = false;
        for (Route<T> route : routes) {
            if (allows(route, methodLower)) {
                if (exact == null && matches(request, route, false)) {
                    exact = route;
                }
                candidateTemplate |= route.templates() > 0;
            }
        }
        if (!candidateTemplate) {
            return null; // without templates Camel picks the longest (prefix) match instead: left to it
        }
        if (exact != null) {
            return exact.path().getConsumer(); // Camel: the first exact match among the method's consumers
        }
        if (!templatesDecidable) {
            return null; // a wildcard may overrule a template: left to Camel
        }
        Route<T> best = null;
        boolean tie = false;
        for (Route<T> route : routes) {
            if (!allows(route, methodLower)) {
                if (matches(request, route, false)) {
                    return null; // an exact match for another method: Camel answers "not allowed"
                }
            } else if (route.templates() > 0 && matches(request, route, true)) {
                if (best == null || route.templates() < best.templates()) {
                    best = route;
                    tie = false;
                } else if (route.templates() == best.templates()) {
                    tie = true;
                }
            }
        }
        // none matched, or Camel reports an ambiguity: left to it
        return best == null || tie ? null : best.path().getConsumer();
    }

    private static boolean allows(Route<?> route, String methodLower) {
        return route.methods() == null || route.methods().contains(methodLower);
    }

    /** Camel's segment test: case-insensitive equality, a {@code {name}} segment matching anything in template mode. */
    private static boolean matches(String[] request, Route<?> route, boolean templates) {
        String[] consumer = route.segments();
        if (request.length != consumer.length) {
            return false;
        }
        for (int i = 0; i < request.length; i++) {
            if (templates && isTemplate(consumer[i])) {
                continue;
            }
            if (!request[i].equalsIgnoreCase(consumer[i])) {
                return false;
            }
        }
        return true;
    }

    /** As Camel splits: one leading and one trailing slash dropped, then split on '/'. */
    static String[] segments(String path) {
        String trimmed = path;
        if (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/");
    }

    private static boolean isTemplate(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
