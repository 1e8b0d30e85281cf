package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.citizenhub.hub.api.HostileHttp.Raw;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every hostile-input class checks around its cases: once the start-up runs are done the store's rows are
 * counted, and after the last case no table has changed and the audit log's hash chain still verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileApiTestSupport extends HubApplicationTestSupport {

    @Autowired
    DataSource dataSource;

    private Map<String, Long> storeBefore;

    @BeforeAll
    void storeAsItWas() {
        awaitStartupRuns();
        storeBefore = HostileHttp.storeCounts(dataSource);
    }

    @AfterAll
    void storeIsIntactAndTheAuditChainVerifies() {
        assertThat(HostileHttp.storeCounts(dataSource)).isEqualTo(storeBefore);
        Raw verify = HostileHttp.send(port, "GET", "/api/v1/audit/verify",
                Map.of("Authorization", TestSecurity.basic(TestSecurity.ADMIN)), (String) null);
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().path("intact").asBoolean()).as(verify.body()).isTrue();
    }
}
