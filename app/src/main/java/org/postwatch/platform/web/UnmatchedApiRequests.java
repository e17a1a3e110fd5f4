package org.postwatch.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * RFC 9457 problem details for API requests that match no endpoint: a path that does not exist, or a method or
 * content type it does not take. No controller handles them, so {@link ApiErrors} (which answers for the API's
 * controllers only) never sees them and they would get Spring Boot's own error JSON. Anything outside {@code /api/}
 * is passed on unchanged to the friendly error pages.
 */
@RestControllerAdvice
@Order(20)
class UnmatchedApiRequests {

    @ExceptionHandler({
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class
    })
    ResponseEntity<ProblemDetail> unmatched(Exception e, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") || !(e instanceof ErrorResponse error)) {
            throw e;
        }
        HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
        ProblemDetail problem = ApiErrors.problem(status, status.getReasonPhrase(), detail(e, path));
        return ResponseEntity.status(status).headers(error.getHeaders()).body(problem);
    }

    private static String detail(Exception e, String path) {
        return switch (e) {
            case NoResourceFoundException ignored ->
                "There is no API endpoint at " + path + ". See the API documentation at /swagger-ui.html.";
            case HttpRequestMethodNotSupportedException m -> path + " does not take " + m.getMethod() + takes(m);
            case HttpMediaTypeNotSupportedException ignored -> "Send the request body as application/json.";
            default -> "This endpoint cannot answer in the media type asked for; accept application/json.";
        };
    }

    private static String takes(HttpRequestMethodNotSupportedException e) {
        Set<HttpMethod> methods = e.getSupportedHttpMethods();
        return methods == null || methods.isEmpty()
                ? "."
                : "; it takes " + methods.stream().map(HttpMethod::name).collect(Collectors.joining(", ")) + ".";
    }
}
