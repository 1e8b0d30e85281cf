package org.citizenhub.hub.connector;

import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.audit.AuditEvent;
import org.citizenhub.hub.audit.AuditLog;
import org.citizenhub.hub.audit.AuditOutcome;
import org.citizenhub.hub.audit.AuditQuery;
import org.citizenhub.hub.security.Caller;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Puts every change of the connector file in the audit log (CONNECTOR_CHANGE): at start, when the file
 * differs from the one the last such entry names (a first start, or a file edited while the hub was down);
 * while running, when the registry takes a changed file in. The actor is the signed-in caller whose request
 * made the hub read the file again (an admin's run or replay), else "system" (start-up, schedules). The
 * detail ({@link ConnectorChangeDetail}) holds hashes and ids only, never the file's content or a secret.
 * <p>
 * The start-up check runs once every bean exists, so Flyway has migrated the log; a change that cannot be
 * recorded stops the start (or, later, the reload): no connector change goes unrecorded.
 */
public final class ConnectorChangeAudit implements SmartInitializingSingleton {

    static final String SYSTEM = "system";

    private final ConnectorRegistry registry;
    private final AuditLog log;

    public ConnectorChangeAudit(ConnectorRegistry registry, AuditLog log) {
        this.registry = registry;
        this.log = log;
        registry.onChange(this::record);
    }

    @Override
    public void afterSingletonsInstantiated() {
        recordIfChangedSinceLastRecorded();
    }

    /** Records the file in use if it is not the one the log last names; says whether it did. */
    boolean recordIfChangedSinceLastRecorded() {
        ConnectorFileVersion recorded = log.latest(AuditQuery.ALL.withAction(AuditAction.CONNECTOR_CHANGE))
                .flatMap(entry -> ConnectorChangeDetail.parse(entry.detail()))
                .orElse(ConnectorFileVersion.NONE);
        ConnectorFileVersion now = registry.fileVersion();
        if (now.sameFileAs(recorded)) {
            return false;
        }
        record(now.since(recorded));
        return true;
    }

    private void record(ConnectorFileVersion.Change change) {
        Caller caller = Caller.current();
        boolean system = caller.equals(Caller.ANONYMOUS);
        log.record(AuditEvent.of(system ? SYSTEM : caller.name(), system ? "SYSTEM" : caller.role(),
                AuditAction.CONNECTOR_CHANGE, AuditOutcome.ALLOWED).withDetail(ConnectorChangeDetail.format(change)));
    }
}
