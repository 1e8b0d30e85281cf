package org.citizenhub.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the query parameters of an API request before the Camel servlet does: Tomcat refuses parameters
 * whose bytes are not valid in their encoding by throwing, which the servlet would turn into a 500. Here
 * it is the client's error, a 400 problem that does not quote the parameter. A parameter given twice is refused
 * too: the Camel servlet would pass one of the values on, or both joined, and the checks downstream would judge
 * something other than what was asked.
 */
final class RequestParameterGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A parameter name shown back in a problem: short, plain letters. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z]{1,30}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            refuse(response, "a query parameter is badly encoded: it must be percent-encoded UTF-8");
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getValue().length > 1) {
                // which value counts would differ between layers: no API parameter may be given twice
                String name = SAFE_NAME.matcher(parameter.getKey()).matches() ? "'" + parameter.getKey() + "'" : "a query parameter";
                refuse(response, "parameter " + name + " is given more than once; give it once");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(400);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Problem.of(400, "Bad Request", detail)));
    }
}
