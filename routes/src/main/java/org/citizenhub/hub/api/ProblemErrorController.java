package org.citizenhub.hub.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page ({@code /error}) as an RFC 9457 problem, in place of Spring Boot's
 * default JSON (which echoes the request path) and its HTML page: what answers an unknown address under
 * {@code /api}, or a request that failed before it reached an API route. The detail is fixed per status and
 * never quotes the request.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Problem> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 && number <= 599 ? number : 500;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status));
    }

    /** The problem for a status, the same for every request, so nothing of the request comes back. */
    static Problem problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request is malformed: its address, a parameter or a header is badly encoded or too long.";
            case 404 -> "Nothing is found at this address.";
            case 405 -> "This address does not answer this method.";
            default -> status >= 500 ? "The hub could not answer; see its log." : "The request cannot be answered.";
        };
        return Problem.of(status, title, detail);
    }
}
