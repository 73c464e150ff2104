package be.dalil.knowledge;

import java.util.List;

/** Bad input from a client: a 400 with a precise code. */
public class InvalidRequestException extends DalilException {

  private final List<String> suggestions;

  public InvalidRequestException(ErrorCode code, String message) {
    this(code, message, List.of());
  }

  public InvalidRequestException(ErrorCode code, String message, List<String> suggestions) {
    super(code, message);
    this.suggestions = List.copyOf(suggestions);
  }

  /** Close alternatives the client may offer, such as place-name spellings; may be empty. */
  public List<String> suggestions() {
    return suggestions;
  }
}
