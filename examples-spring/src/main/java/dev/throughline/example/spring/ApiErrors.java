package dev.throughline.example.spring;

import dev.throughline.NoSuchEntityException;
import dev.throughline.filter.FilterException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as a JSON problem detail (RFC 9457, {@code application/problem+json}) with the right
 * status and never a stack trace: 404 for a doctor or patient that does not exist, 400 for a
 * malformed body, path or parameter (Spring MVC's own exceptions, handled by the base class, the
 * {@code ResponseStatusException}s of the controllers, and {@link FilterException}s with the path
 * in the filter and what is allowed there), 500 with a generic message for anything
 * else, which is logged here instead.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  /** A doctor or patient that does not exist; nothing was written. */
  @ExceptionHandler(NoSuchEntityException.class)
  public ProblemDetail noSuchEntity(NoSuchEntityException e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("entity", e.entityName());
    problem.setProperty(e.keyAttribute(), e.key());
    return problem;
  }

  /** A LoopBack filter or where that cannot be applied: the path in the filter and what is allowed there. */
  @ExceptionHandler(FilterException.class)
  public ProblemDetail filter(FilterException e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("path", e.path());
    problem.setProperty("allowed", e.allowed());
    return problem;
  }

  /** Anything unexpected: logged with its stack trace here, a bare 500 for the client. */
  @ExceptionHandler(Exception.class)
  public ProblemDetail unexpected(Exception e, HttpServletRequest request) {
    log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The server could not answer this request; the error is in its log.");
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }
}
