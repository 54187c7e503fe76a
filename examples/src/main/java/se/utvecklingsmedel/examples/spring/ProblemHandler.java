package se.utvecklingsmedel.examples.spring;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.utvecklingsmedel.json.GrantJsonException;

/**
 * Bad input answered as {@code application/problem+json} (RFC 9457) with the JSON path and the
 * rule: 400 for a body or code that breaks a rule, 404 for a municipality nobody has. Ordered
 * first, so that Spring Boot's own handler ({@code spring.mvc.problemdetails.enabled=true}) does
 * not answer an unreadable body with "Failed to read request" and no path.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

  /**
   * A body that could not be read: the library's error, or Jackson's (a duplicate key, content
   * after the document, truncated JSON, a wrong type), each with its JSON path.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    GrantJsonException bad = GrantJsonException.from(e);  // the library's, or Jackson's, with a path
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.rule());
    problem.setTitle("The request body is not a valid document");
    problem.setProperty("path", bad.path());              // e.g. $.parts[1].municipality
    if (bad.value() != null) {
      problem.setProperty("value", bad.value());          // already cut to 200 characters
    }
    return problem;
  }

  /** A malformed code or amount outside a body, e.g. in the URL. */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail illegal(IllegalArgumentException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid request");
    return problem;
  }

  @ExceptionHandler(GrantController.UnknownMunicipalityException.class)
  ProblemDetail unknown(GrantController.UnknownMunicipalityException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("No such municipality");
    return problem;
  }
}
