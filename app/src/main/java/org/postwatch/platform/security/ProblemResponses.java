package org.postwatch.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details for the API's 401 and 403 answers. */
final class ProblemResponses {

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, exception) -> write(
                json,
                response,
                HttpStatus.UNAUTHORIZED,
                "Sign-in required",
                "Send a valid personal API token as 'Authorization: Bearer <token>'.",
                request.getRequestURI());
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, exception) -> write(
                json,
                response,
                HttpStatus.FORBIDDEN,
                "Not allowed",
                "Your roles do not allow this action.",
                request.getRequestURI());
    }

    private static void write(
            JsonMapper json, HttpServletResponse response, HttpStatus status, String title, String detail, String uri)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(uri));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
