package be.dalil.knowledge;

/**
 * Root of Dalil's one unchecked exception hierarchy. Each channel maps it once to its error
 * contract (JSON for HTTP); the message is safe to show and never contains user text.
 */
public abstract class DalilException extends RuntimeException {

  private final ErrorCode code;

  protected DalilException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  protected DalilException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
