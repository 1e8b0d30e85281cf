package org.citizenhub.hub.casework;

import org.junit.jupiter.api.Test;

class DumpStateTest extends CaseworkAppTestSupport {
    @Test
    void dump() {
        awaitStartupRuns();
        for (String r : new String[] {"registry/R1","clinic/C1","registry/R4","clinic/C4","clinic/C4B","registry/R6","clinic/C6","registry/R7","clinic/C7","registry/R5","clinic/C5","clinic/C5B"}) {
            System.out.println("DUMP " + r + " -> " + get("/api/v1/citizens/by-record/" + r).body().path("id").asText());
        }
        System.out.println("DUMP explain R4 " + get("/api/v1/citizens/" + citizenOf("registry","R4") + "/explain").body().toPrettyString());
        System.out.println("DUMP explain R1 " + get("/api/v1/citizens/" + citizenOf("registry","R1") + "/explain").body().toPrettyString());
        System.out.println("DUMP review " + get("/api/v1/review").body().toPrettyString());
    }
}
