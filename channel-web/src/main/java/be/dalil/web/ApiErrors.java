package be.dalil.web;

import be.dalil.knowledge.DalilException;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.ImportRejectedException;
import be.dalil.knowledge.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/** Maps every exception to the JSON error contract, once for the whole HTTP channel. */
@RestControllerAdvice
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(DalilException.class)
  ResponseEntity<ErrorBody> dalil(DalilException e) {
    return of(e);
  }

  /** The answer to one of Dalil's own exceptions, wherever it was raised. */
  static ResponseEntity<ErrorBody> of(DalilException e) {
    List<String> suggestions = e instanceof InvalidRequestException i ? i.suggestions() : List.of();
    List<Object> problems = new ArrayList<>();
    if (e instanceof ImportRejectedException rejected) {
      problems.addAll(rejected.problems());
    }
    if (e.code() == ErrorCode.KNOWLEDGE_UNAVAILABLE) {
      log.warn("Knowledge base unavailable: {}", e.getCause() == null ? "" :
          e.getCause().getClass().getSimpleName());
    }
    ResponseEntity<ErrorBody> response = respond(e.code(), e.getMessage(), suggestions, problems);
    if (e instanceof ApiException api && api.retryAfterSeconds() > 0) {
      return ResponseEntity.status(response.getStatusCode())
          .header(HttpHeaders.RETRY_AFTER, Long.toString(api.retryAfterSeconds()))
          .contentType(MediaType.APPLICATION_JSON).body(response.getBody());
    }
    return response;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ApiFilter.BodyTooLargeException) {
        return respond(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large.", List.of(),
            List.of());
      }
    }
    return respond(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.", List.of(),
        List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
    return respond(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send JSON with Content-Type: application/json.",
        List.of(), List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ErrorBody> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return respond(ErrorCode.INVALID_PARAMETER, "This resource is only available as JSON.",
        List.of(), List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e) {
    return respond(ErrorCode.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not allowed here.",
        List.of(), List.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorBody> missing(MissingServletRequestParameterException e) {
    return respond(ErrorCode.INVALID_PARAMETER, "Parameter '" + e.getParameterName()
        + "' is required.", List.of(), List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorBody> mismatch(MethodArgumentTypeMismatchException e) {
    ErrorCode code = switch (e.getName()) {
      case "lat", "lon" -> ErrorCode.INVALID_LOCATION;
      case "limit" -> ErrorCode.INVALID_LIMIT;
      default -> ErrorCode.INVALID_PARAMETER;
    };
    return respond(code, "Parameter '" + e.getName() + "' has the wrong type.", List.of(),
        List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ErrorBody> notFound(NoResourceFoundException e) {
    return respond(ErrorCode.NOT_FOUND, "Not found.", List.of(), List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ErrorBody> unexpected(Exception e) {
    if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
      // Nobody is there to answer, and anyone can cause it: no stack trace to flood the log.
      log.debug("Client went away before its answer was written");
      return null;
    }
    // The stack trace goes to the log, never to the client.
    log.error("Unexpected error", e);
    return respond(ErrorCode.INTERNAL, "Something went wrong on our side. Please try again.",
        List.of(), List.of());
  }

  /**
   * The error of the contract for a status raised outside the controllers: by Tomcat before the
   * application runs, or by the servlet container's error dispatch.
   */
  static ErrorCode codeForStatus(int status) {
    return switch (status) {
      case 401 -> ErrorCode.UNAUTHORIZED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404 -> ErrorCode.NOT_FOUND;
      case 405, 501 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      case 429 -> ErrorCode.RATE_LIMITED;
      default -> status < 500 || status == 505 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL;
    };
  }

  /** The message that goes with such an error. */
  static String messageFor(ErrorCode code) {
    return switch (code) {
      case UNAUTHORIZED -> "Sign in first.";
      case FORBIDDEN -> "This is not allowed for your account.";
      case NOT_FOUND -> "Not found.";
      case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
      case PAYLOAD_TOO_LARGE -> "The request body is too large.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send JSON with Content-Type: application/json.";
      case RATE_LIMITED -> "Too many requests. Please wait a moment.";
      case INTERNAL -> "Something went wrong on our side. Please try again.";
      default -> "The request could not be read.";
    };
  }

  /** The one place where an error code becomes an HTTP status. */
  static HttpStatus statusOf(ErrorCode code) {
    return switch (code) {
      case BAD_REQUEST, MALFORMED_JSON, INVALID_CONVERSATION_ID, MISSING_TEXT, TEXT_TOO_LONG, UNKNOWN_LANGUAGE,
          INVALID_LOCATION, INVALID_PAYLOAD, UNKNOWN_TOPIC, UNKNOWN_PLACE, INVALID_LIMIT,
          INVALID_PARAMETER, IMPORT_REJECTED -> HttpStatus.BAD_REQUEST;
      case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
      case PAYLOAD_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
      case KNOWLEDGE_UNAVAILABLE, MAIL_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
      case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }

  static ResponseEntity<ErrorBody> respond(ErrorCode code, String message, List<String> suggestions,
      List<Object> problems) {
    return ResponseEntity.status(statusOf(code))
        .contentType(MediaType.APPLICATION_JSON)
        .body(ErrorBody.of(code, message, suggestions, problems));
  }
}
