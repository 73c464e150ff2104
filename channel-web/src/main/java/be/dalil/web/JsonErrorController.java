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
    ErrorCode errorCode = ApiErrors.codeForStatus(code);
    return ApiErrors.respond(errorCode, ApiErrors.messageFor(errorCode), List.of(), List.of());
  }
}
