package be.dalil.knowledge;

/** The database cannot be reached; the request may be retried later. */
public class KnowledgeUnavailableException extends DalilException {

  public KnowledgeUnavailableException(Throwable cause) {
    super(ErrorCode.KNOWLEDGE_UNAVAILABLE,
        "The knowledge base is temporarily unreachable. Please try again in a moment.", cause);
  }
}
