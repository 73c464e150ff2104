package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON error contract: {@code {"error": {"code": "...", "message": "..."}}}. */
record ErrorBody(Error error) {

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Error(String code, String message, List<String> suggestions, List<Object> problems) {}

  static ErrorBody of(ErrorCode code, String message) {
    return new ErrorBody(new Error(code.code(), message, List.of(), List.of()));
  }

  static ErrorBody of(ErrorCode code, String message, List<String> suggestions,
      List<Object> problems) {
    return new ErrorBody(new Error(code.code(), message, suggestions, problems));
  }
}
