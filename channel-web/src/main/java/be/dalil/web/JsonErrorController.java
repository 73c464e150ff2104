package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors raised outside controllers (unknown paths, container limits) use the JSON contract too. */
@RestController
class JsonErrorController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ErrorBody> error(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // No status: /error was requested directly, which is a path like any unknown one.
    int code = status instanceof Integer i ? i : 404;
    ErrorCode errorCode = switch (code) {
      case 400 -> ErrorCode.INVALID_PARAMETER;
      case 404 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      default -> ErrorCode.INTERNAL;
    };
    String message = switch (errorCode) {
      case NOT_FOUND -> "Not found.";
      case PAYLOAD_TOO_LARGE -> "The request body is too large.";
      case INTERNAL -> "Something went wrong on our side. Please try again.";
      default -> "The request could not be handled.";
    };
    return ApiErrors.respond(errorCode, message, List.of(), List.of());
  }
}
