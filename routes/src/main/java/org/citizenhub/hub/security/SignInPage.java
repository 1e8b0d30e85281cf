package org.citizenhub.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The hub's own sign-in page at {@code GET /login}, in the style of the caseworker pages, in place of Spring
 * Security's generated one. It posts to the form login's processing URL ({@code POST /login}) with the CSRF
 * token rendered into the form, so it works without JavaScript; after a failed attempt ({@code ?error}) it
 * says so without telling which of the two was wrong, and after signing out ({@code ?logout}) it confirms it.
 * The markup is {@code pages/sign-in.html}; only the message and the token are filled in, HTML-escaped.
 */
@Controller
class SignInPage {

    static final String TEMPLATE = "/pages/sign-in.html";
    /** Only this page's own stylesheet; no scripts, frames or other sites. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final String FAILED = """
            <div class="error-summary" id="sign-in-error" role="alert">
                  <h2>Sign-in failed</h2>
                  <p>The username or password is not right. Check both and try again.</p>
                </div>""";
    private static final String SIGNED_OUT = """
            <div class="notice" id="signed-out" role="status">
                  <p><strong>You have signed out.</strong> Close the browser if others use this computer.</p>
                </div>""";

    private final String template = load();

    @GetMapping("/login")
    ResponseEntity<String> page(HttpServletRequest request, CsrfToken csrf) {
        String message = request.getParameter("error") != null ? FAILED
                : request.getParameter("logout") != null ? SIGNED_OUT : "";
        String page = template.replace("{{message}}", message).replace("{{csrf}}", csrfField(csrf));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(page);
    }

    private static String csrfField(CsrfToken csrf) {
        if (csrf == null) {
            return "";
        }
        return "<input name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName()) + "\" type=\"hidden\" value=\""
                + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
    }

    private static String load() {
        try (InputStream in = SignInPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the sign-in page " + TEMPLATE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sign-in page " + TEMPLATE, e);
        }
    }
}
