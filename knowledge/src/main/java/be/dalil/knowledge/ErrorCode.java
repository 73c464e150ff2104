package be.dalil.knowledge;

/**
 * Error codes of the JSON error contract ({@code docs/chat-api.md}). Each channel maps them to its
 * own protocol (HTTP statuses in {@code channel-web} only).
 */
public enum ErrorCode {
  BAD_REQUEST("bad_request"),
  MALFORMED_JSON("malformed_json"),
  INVALID_CONVERSATION_ID("invalid_conversation_id"),
  MISSING_TEXT("missing_text"),
  TEXT_TOO_LONG("text_too_long"),
  UNKNOWN_LANGUAGE("unknown_language"),
  INVALID_LOCATION("invalid_location"),
  INVALID_PAYLOAD("invalid_payload"),
  UNKNOWN_TOPIC("unknown_topic"),
  UNKNOWN_PLACE("unknown_place"),
  INVALID_LIMIT("invalid_limit"),
  INVALID_PARAMETER("invalid_parameter"),
  IMPORT_REJECTED("import_rejected"),
  NOT_FOUND("not_found"),
  METHOD_NOT_ALLOWED("method_not_allowed"),
  UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
  UNAUTHORIZED("unauthorized"),
  FORBIDDEN("forbidden"),
  PAYLOAD_TOO_LARGE("payload_too_large"),
  RATE_LIMITED("rate_limited"),
  KNOWLEDGE_UNAVAILABLE("knowledge_unavailable"),
  MAIL_UNAVAILABLE("mail_unavailable"),
  INTERNAL("internal_error");

  private final String code;

  ErrorCode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
