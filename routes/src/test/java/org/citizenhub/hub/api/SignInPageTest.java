package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * The hub's own sign-in page over plain HTTP (the browser test in {@code pages} drives it in Chromium): served
 * to anybody, self-contained under a strict content security policy, with the CSRF token in the form; the
 * message after a failed attempt or a sign-out, and nothing of the request echoed back.
 */
class SignInPageTest extends HubApplicationTestSupport {

    private static final String TOKEN_FIELD = "(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*";

    @Test
    void thePageIsSelfContainedAndCarriesTheCsrfToken() {
        Full page = request("GET", "/login", Map.of(), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'", "style-src 'self'", "form-action 'self'", "frame-ancestors 'none'");
        assertThat(page.text()).contains("<html lang=\"en\">", "<h1>Sign in</h1>", "<label for=\"username\">",
                "<label for=\"password\">", "method=\"post\" action=\"/login\"", "holds personal data", "audit log");
        assertThat(page.text()).matches(TOKEN_FIELD);
        assertThat(page.text()).doesNotContain("http://", "https://", "<script", "sign-in-error", "signed-out", "{{");
    }

    @Test
    void aFailedAttemptAndASignOutEachGetTheirMessageAndNothingIsEchoed() {
        assertThat(request("GET", "/login?error", Map.of(), null).text())
                .contains("id=\"sign-in-error\" role=\"alert\"", "The username or password is not right")
                .doesNotContain("signed-out");
        assertThat(request("GET", "/login?logout", Map.of(), null).text())
                .contains("id=\"signed-out\" role=\"status\"", "You have signed out")
                .doesNotContain("sign-in-error");
        assertThat(request("GET", "/login?error=%3Cscript%3Ealert(1)%3C/script%3E&x=%22%3E%3Cb%3E", Map.of(), null).text())
                .contains("sign-in-error").doesNotContain("<script", "alert(1)", "\"><b>");
    }

    @Test
    void theFormSignsInAndAWrongPasswordComesBackWithTheError() {
        Full page = request("GET", "/login", Map.of(), null);
        String cookie = String.join("; ", page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
        String token = URLEncoder.encode(page.text().replaceAll(TOKEN_FIELD, "$1"), StandardCharsets.UTF_8);

        Full wrong = form("/login", Map.of("Cookie", cookie), "username=casey&password=nope&_csrf=" + token);
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");

        Full right = form("/login", Map.of("Cookie", cookie),
                "username=casey&password=" + URLEncoder.encode(TestSecurity.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token);
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("/login");

        Full forged = form("/login", Map.of("Cookie", cookie), "username=casey&password=" + TestSecurity.PASSWORD);
        assertThat(forged.status()).as("no CSRF token").isEqualTo(403);
    }
}
