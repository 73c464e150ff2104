package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report, in the JSON error contract instead of an HTML page. Tomcat writes it for
 * requests it refuses before the application runs (a request line or path it cannot parse, no
 * Host header, a bad Content-Length, an unknown method or HTTP version) and for any error the
 * application left without a body.
 */
final class JsonErrorReport extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
      // CONNECT or an unknown method: not a server failure, a method not allowed here.
      status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
      response.setStatus(status);
    }
    try {
      SecurityHeaders.apply(response);
      SecurityHeaders.noStore(response);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body(status));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the response is already on its way: nothing more to say.
    }
  }

  static String body(int status) {
    try {
      ErrorCode code = ApiErrors.codeForStatus(status);
      return JSON.writeValueAsString(ErrorBody.of(code, ApiErrors.messageFor(code)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
