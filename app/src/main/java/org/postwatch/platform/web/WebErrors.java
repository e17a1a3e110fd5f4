package org.postwatch.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Friendly pages for the errors people meet; never an exception message or stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(10)
class WebErrors {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    /** A web address with a word where a number or id belongs (/versions/abc) is a page that does not exist. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String wrongAddress(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }
}
