package be.dalil.knowledge;

/** Error codes of the JSON error contract ({@code docs/chat-api.md}). */
public enum ErrorCode {
  MALFORMED_JSON("malformed_json", 400),
  INVALID_CONVERSATION_ID("invalid_conversation_id", 400),
  MISSING_TEXT("missing_text", 400),
  TEXT_TOO_LONG("text_too_long", 400),
  UNKNOWN_LANGUAGE("unknown_language", 400),
  INVALID_LOCATION("invalid_location", 400),
  INVALID_PAYLOAD("invalid_payload", 400),
  UNKNOWN_TOPIC("unknown_topic", 400),
  UNKNOWN_PLACE("unknown_place", 400),
  INVALID_LIMIT("invalid_limit", 400),
  INVALID_PARAMETER("invalid_parameter", 400),
  IMPORT_REJECTED("import_rejected", 400),
  NOT_FOUND("not_found", 404),
  METHOD_NOT_ALLOWED("method_not_allowed", 405),
  UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415),
  UNAUTHORIZED("unauthorized", 401),
  PAYLOAD_TOO_LARGE("payload_too_large", 413),
  RATE_LIMITED("rate_limited", 429),
  KNOWLEDGE_UNAVAILABLE("knowledge_unavailable", 503),
  INTERNAL("internal_error", 500);

  private final String code;
  private final int httpStatus;

  ErrorCode(String code, int httpStatus) {
    this.code = code;
    this.httpStatus = httpStatus;
  }

  public String code() {
    return code;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
