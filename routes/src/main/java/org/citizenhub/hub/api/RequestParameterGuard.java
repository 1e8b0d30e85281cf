package org.citizenhub.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the query parameters of an API request before the Camel servlet does: Tomcat refuses parameters
 * whose bytes are not valid in their encoding by throwing, which the servlet would turn into a 500. Here
 * it is the client's error, a 400 problem that does not quote the parameter.
 */
final class RequestParameterGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            response.setStatus(400);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(
                    Problem.of(400, "Bad Request", "a query parameter is not validly encoded (percent-encoded UTF-8)")));
            return;
        }
        chain.doFilter(request, response);
    }
}
