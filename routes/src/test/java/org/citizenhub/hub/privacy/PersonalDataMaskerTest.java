package org.citizenhub.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            contact ann.lee@example.org now          | contact [EMAIL] now
            mail: O'Neil.S+hub@mail.gov.example.uk.  | mail: O'[EMAIL].
            born 1980-01-02                          | born [DATE]
            born 1980/1/2 and 02/01/1980             | born [DATE] and [DATE]
            dob 2.1.1980, 15.07.1990                 | dob [DATE], [DATE]
            born 02-Mar-1985 or 2 March 1985         | born [DATE] or [DATE]
            dob=19800102;                            | dob=[DATE];
            nino AB123456C                           | nino [ID]
            nino AB 12 34 56 C and ab 12 34 56 c     | nino [ID] and [ID]
            national id QQ112233B.                   | national id [ID].
            id X1Y2Z3 and h70003                     | id [ID] and [ID]
            phone 01632 960029                       | phone [PHONE]
            phone +44 (0)1632 960-029                | phone [PHONE]
            national number 389 524 463 / 389-524-463 | national number [PHONE] / [PHONE]
            mobile 07700900555                       | mobile [PHONE]
            postcode SW1A 1AA or m1 1ae              | postcode [POSTCODE] or [POSTCODE]
            at CR2 6XH.                              | at [POSTCODE].
            """)
    void masksPersonalLookingValues(String text, String masked) {
        assertThat(PersonalDataMasker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "connector tax run finished in 250 ms: read=43, ingested=42, deadLettered=1",
            "Record tax/TX-100201 merged 2 citizen(s) into one",
            "citizen C0123456789ABCDEFGHJK redirects to CZYXWVTSRQPNMKJHGFE98",
            "member 5a3c2b1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d joined",
            "Hazelcast [127.0.0.1]:5951 and 10.0.12.200 are members",
            "run started at 2024-04-02T09:01:00Z, logged 2026-11-23 04:38:28.227 UTC",
            "Tomcat started on port 8080 (http) with context path '/'",
            "Apache Camel 4.22.0 (camel-6) started in 90ms (build:0ms init:0ms start:90ms)",
            "Started CitizenHubApplication in 5.123 seconds (process running for 6.2)",
            "12,345 records read",
            "no personal data here at all",
    })
    void leavesOperationalTextAlone(String text) {
        assertThat(PersonalDataMasker.mask(text)).isEqualTo(text);
    }

    @Test
    void keepsNullAndTextWithoutDigitsOrAtSignsAsTheyAre() {
        String plain = "Connector file changed: routes rebuilt";

        assertThat(PersonalDataMasker.mask(null)).isNull();
        assertThat(PersonalDataMasker.mask(plain)).isSameAs(plain);
    }

    @Test
    void masksEveryValueOfAMultiLineText() {
        String trace = """
                org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: Unique index violation: VALUES ('AB123456C', '1980-01-02', 'ann@example.org')
                \tat org.h2.message.DbException.getJdbcSQLException(DbException.java:520)""";

        assertThat(PersonalDataMasker.mask(trace))
                .doesNotContain("AB123456C", "1980-01-02", "ann@example.org")
                .contains("VALUES ('[ID]', '[DATE]', '[EMAIL]')", "DbException.java:520");
    }

    @Test
    void stackTracesKeepTheirFramesAndLoseTheDataInTheirMessages() {
        String trace = """
                java.lang.IllegalArgumentException: no record for AB123456C
                \tat org.apache.coyote.http11.Http11InputBuffer.fill(Http11InputBuffer.java:768) ~[tomcat-embed-core-11.0.27.jar:11.0.27]
                Caused by: java.lang.IllegalStateException: born 1980-01-02
                \t... 12 common frames omitted
                """;

        assertThat(MaskingThrowableConverter.maskMessages(trace)).isEqualTo("""
                java.lang.IllegalArgumentException: no record for [ID]
                \tat org.apache.coyote.http11.Http11InputBuffer.fill(Http11InputBuffer.java:768) ~[tomcat-embed-core-11.0.27.jar:11.0.27]
                Caused by: java.lang.IllegalStateException: born [DATE]
                \t... 12 common frames omitted
                """);
    }
}
