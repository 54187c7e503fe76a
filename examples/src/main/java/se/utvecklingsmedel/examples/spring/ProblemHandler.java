package se.utvecklingsmedel.examples.spring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.utvecklingsmedel.json.GrantJsonException;

/**
 * Bad input answered as {@code application/problem+json} (RFC 9457) with the JSON path and the
 * rule: 400 for a body or code that breaks a rule, 404 for a municipality nobody has.
 */
@RestControllerAdvice
class ProblemHandler {

  /** A body Jackson could not read: the library's own error if there is one, else Jackson's. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("The request body is not a valid document");
    GrantJsonException grant = cause(e, GrantJsonException.class);
    if (grant != null) {
      problem.setDetail(grant.rule());
      problem.setProperty("path", grant.path());
      if (grant.value() != null) {
        problem.setProperty("value", grant.value()); // already cut to 200 characters
      }
      return problem;
    }
    JsonProcessingException json = cause(e, JsonProcessingException.class);
    if (json == null) {
      problem.setDetail("the body is missing or not JSON");
      problem.setProperty("path", "$");
      return problem;
    }
    problem.setDetail(json.getOriginalMessage());
    problem.setProperty("path", json instanceof JsonMappingException mapping
        ? path(mapping) : json.getProcessor() instanceof JsonParser parser
            ? path(parser.getParsingContext()) : "$");
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

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
    }
    return path.toString();
  }

  /** Where the parser stopped, e.g. at the end of truncated input. */
  private static String path(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        path.insert(0, "." + c.getCurrentName());
      }
    }
    return "$" + path;
  }
}
