package org.citizenhub.hub.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.camel.http.common.HttpConsumer;
import org.apache.camel.http.common.HttpRestConsumerPath;
import org.apache.camel.http.common.HttpRestServletResolveConsumerStrategy;

/**
 * Camel's REST consumer resolution for the servlet, with the consumers' paths split once ({@link RestPathMatcher})
 * instead of on every request. The table is rebuilt whenever the servlet's consumers change (routes started or
 * stopped); whatever the matcher leaves open goes to Camel's own strategy, so the answers are Camel's.
 */
final class PresplitRestResolveConsumerStrategy extends HttpRestServletResolveConsumerStrategy {

    private record Table(List<HttpConsumer> consumers, RestPathMatcher<HttpConsumer> matcher) {
    }

    private volatile Table table = new Table(List.of(), new RestPathMatcher<>(List.of()));

    @Override
    protected HttpConsumer doResolve(HttpServletRequest request, String method, Map<String, HttpConsumer> consumers) {
        String path = request.getPathInfo();
        if (path != null) {
            HttpConsumer found = tableFor(consumers).matcher().match(method, path);
            if (found != null) {
                return found;
            }
        }
        return super.doResolve(request, method, consumers);
    }

    /** The table for these consumers, in their order (Camel's first-match rules depend on it). */
    private Table tableFor(Map<String, HttpConsumer> consumers) {
        Table current = table;
        if (sameConsumers(current.consumers(), consumers)) {
            return current;
        }
        List<HttpConsumer> now = List.copyOf(consumers.values());
        Table rebuilt = new Table(now, new RestPathMatcher<>(now.stream().map(HttpRestConsumerPath::new).toList()));
        table = rebuilt;
        return rebuilt;
    }

    private static boolean sameConsumers(List<HttpConsumer> known, Map<String, HttpConsumer> consumers) {
        if (known.size() != consumers.size()) {
            return false;
        }
        Iterator<HttpConsumer> current = consumers.values().iterator();
        for (HttpConsumer consumer : known) {
            if (!current.hasNext() || current.next() != consumer) {
                return false;
            }
        }
        return true;
    }
}
