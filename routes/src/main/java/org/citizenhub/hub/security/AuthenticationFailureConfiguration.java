package org.citizenhub.hub.security;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.citizenhub.hub.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit of refused authentication ({@link AuthenticationFailureAudit}), apart from the filter chain so
 * that the chain only hands it to its 401 entry point. {@code hub.audit.auth-failures.per-source} (default
 * 10) and {@code .per-minute} (default 300) bound how many failures a minute are recorded one by one (see
 * {@link AuthenticationFailureThrottle}); a background sweep writes the flood summaries every minute.
 */
@Configuration(proxyBeanMethods = false)
public class AuthenticationFailureConfiguration {

    /** The audit and its minute sweep, stopped (with a last sweep) when the context closes. */
    static final class Sweeping implements AutoCloseable {

        private final AuthenticationFailureAudit audit;
        private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hub-auth-failure-sweep");
            thread.setDaemon(true);
            return thread;
        });

        Sweeping(AuthenticationFailureAudit audit) {
            this.audit = audit;
            long period = AuthenticationFailureThrottle.WINDOW.toSeconds();
            sweeper.scheduleWithFixedDelay(audit::recordDueSummaries, period, period, TimeUnit.SECONDS);
        }

        AuthenticationFailureAudit audit() {
            return audit;
        }

        @Override
        public void close() throws InterruptedException {
            sweeper.shutdownNow();
            sweeper.awaitTermination(10, TimeUnit.SECONDS);
            audit.recordAllSummaries();
        }
    }

    @Bean
    Sweeping authenticationFailureSweep(AuditLog log, SecuritySettings settings, Clock clock,
                                        @Value("${hub.audit.auth-failures.per-source:10}") int perSource,
                                        @Value("${hub.audit.auth-failures.per-minute:300}") int perMinute) {
        AuthenticationFailureThrottle throttle = new AuthenticationFailureThrottle(perSource, perMinute, clock);
        return new Sweeping(new AuthenticationFailureAudit(log, throttle,
                settings.users().stream().map(user -> user.getUsername()).toList()));
    }

    @Bean
    AuthenticationFailureAudit authenticationFailureAudit(Sweeping sweep) {
        return sweep.audit();
    }

    @Bean
    FormSignInFailureListener formSignInFailureListener(AuthenticationFailureAudit failures) {
        return new FormSignInFailureListener(failures);
    }
}
