package org.citizenhub.connectors.source;

import java.util.concurrent.Semaphore;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Lets one run of a connector through at a time: a run asked for while another is going (a timer firing
 * during an on-demand run) waits for it to finish, so two runs never interleave their records or watermarks.
 */
final class ExclusiveRunPolicy extends RoutePolicySupport {

    private static final String HOLDS_PERMIT = "citizenhub.connectorRunPermit";

    private final Semaphore permit = new Semaphore(1, true);

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        permit.acquireUninterruptibly();
        exchange.setProperty(HOLDS_PERMIT, Boolean.TRUE);
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        if (exchange.removeProperty(HOLDS_PERMIT) != null) {
            permit.release();
        }
    }
}
