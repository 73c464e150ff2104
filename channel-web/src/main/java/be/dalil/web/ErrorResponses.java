package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes the JSON error contract from code that runs before any controller (filters, the
 * editors' security handlers), with the status {@link ApiErrors} gives the code.
 */
public final class ErrorResponses {

  private ErrorResponses() {}

  /** Sets status, {@code no-store} and the body {@code {"error": {"code", "message"}}}. */
  public static void write(HttpServletResponse response, ObjectMapper json, ErrorCode code,
      String message) throws IOException {
    response.setStatus(ApiErrors.statusOf(code).value());
    SecurityHeaders.noStore(response);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), ErrorBody.of(code, message));
  }
}
