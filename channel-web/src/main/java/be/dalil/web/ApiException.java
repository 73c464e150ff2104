package be.dalil.web;

import be.dalil.knowledge.DalilException;
import be.dalil.knowledge.ErrorCode;

/** Errors that only the HTTP channel raises (rate limits, body size, authorisation). */
public class ApiException extends DalilException {

  /** Seconds after which a retry may succeed (429), or 0. */
  private final long retryAfterSeconds;

  public ApiException(ErrorCode code, String message) {
    this(code, message, 0);
  }

  ApiException(ErrorCode code, String message, long retryAfterSeconds) {
    super(code, message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
