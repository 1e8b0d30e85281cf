package org.citizenhub.hub.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log and its verifier as beans, over the application's DataSource (migrated by Flyway). */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(DataSource dataSource, Clock clock) {
        return new AuditLog(dataSource, clock);
    }

    @Bean
    AuditChainVerifier auditChainVerifier(DataSource dataSource) {
        return new AuditChainVerifier(dataSource);
    }
}
