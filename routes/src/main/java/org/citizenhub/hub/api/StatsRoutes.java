package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/stats}: how many source records, (live) citizens and open dead letters. */
@Component
class StatsRoutes extends RouteBuilder {

    /** The counts. */
    record Stats(long sourceRecords, long citizens, long openDeadLetters) {
    }

    private final SourceRecordRepository records;
    private final CitizenRepository citizens;
    private final DeadLetterRepository deadLetters;

    StatsRoutes(SourceRecordRepository records, CitizenRepository citizens, DeadLetterRepository deadLetters) {
        this.records = records;
        this.citizens = citizens;
        this.deadLetters = deadLetters;
    }

    @Override
    public void configure() {
        rest("/v1/stats").get().id("rest-stats").produces("application/json").to("direct:api-stats");

        from("direct:api-stats").routeId("api-stats").routeConfigurationId(ApiErrorHandling.ID)
                .process(exchange -> Reply.ok(exchange, 
                        new Stats(records.count(), citizens.countLive(), deadLetters.countOpen())));
    }
}
