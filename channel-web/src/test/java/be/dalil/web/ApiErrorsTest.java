package be.dalil.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Error codes become HTTP statuses in one place ({@link ApiErrors#statusOf}), per {@code docs/chat-api.md}. */
class ApiErrorsTest {

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void mapsEveryErrorCodeToAnErrorStatus(ErrorCode code) {
    HttpStatus status = ApiErrors.statusOf(code);

    assertThat(status).isNotNull();
    assertThat(status.isError()).as("%s -> %s", code, status).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = ErrorCode.class, mode = EnumSource.Mode.EXCLUDE,
      names = {"KNOWLEDGE_UNAVAILABLE", "MAIL_UNAVAILABLE", "INTERNAL"})
  void mapsClientErrorsTo4xx(ErrorCode code) {
    assertThat(ApiErrors.statusOf(code).is4xxClientError()).as(code.name()).isTrue();
  }

  @Test
  void mapsAnUnreachableKnowledgeBaseOrMailServerTo503() {
    assertThat(ApiErrors.statusOf(ErrorCode.KNOWLEDGE_UNAVAILABLE))
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(ApiErrors.statusOf(ErrorCode.MAIL_UNAVAILABLE))
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void answers500OnlyForInternalErrors(ErrorCode code) {
    assertThat(ApiErrors.statusOf(code) == HttpStatus.INTERNAL_SERVER_ERROR)
        .as(code.name())
        .isEqualTo(code == ErrorCode.INTERNAL);
  }

  @ParameterizedTest
  @CsvSource({
      "MALFORMED_JSON, 400",
      "INVALID_CONVERSATION_ID, 400",
      "MISSING_TEXT, 400",
      "TEXT_TOO_LONG, 400",
      "UNKNOWN_LANGUAGE, 400",
      "INVALID_LOCATION, 400",
      "INVALID_PAYLOAD, 400",
      "UNKNOWN_TOPIC, 400",
      "UNKNOWN_PLACE, 400",
      "INVALID_LIMIT, 400",
      "INVALID_PARAMETER, 400",
      "IMPORT_REJECTED, 400",
      "UNAUTHORIZED, 401",
      "NOT_FOUND, 404",
      "METHOD_NOT_ALLOWED, 405",
      "PAYLOAD_TOO_LARGE, 413",
      "UNSUPPORTED_MEDIA_TYPE, 415",
      "RATE_LIMITED, 429",
      "KNOWLEDGE_UNAVAILABLE, 503",
      "INTERNAL, 500",
  })
  void mapsEachErrorCodeToItsDocumentedStatus(ErrorCode code, int status) {
    assertThat(ApiErrors.statusOf(code).value()).isEqualTo(status);
  }

  @Test
  void respondsWithTheStatusAndTheJsonErrorBody() {
    ResponseEntity<ErrorBody> response = ApiErrors.respond(ErrorCode.TEXT_TOO_LONG,
        "text must be at most 2000 characters.", List.of(), List.of());

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(response.getBody()).isNotNull();
    assertThat(response.getBody().error().code()).isEqualTo("text_too_long");
    assertThat(response.getBody().error().message())
        .isEqualTo("text must be at most 2000 characters.");
  }

  @Test
  void passesThePlaceSuggestionsOfAnInvalidRequestOn() {
    InvalidRequestException e = new InvalidRequestException(ErrorCode.UNKNOWN_PLACE,
        "Unknown place 'Scharbeek'. Did you mean Schaerbeek?", List.of("Schaerbeek"));

    ResponseEntity<ErrorBody> response = new ApiErrors().dalil(e);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().error().code()).isEqualTo("unknown_place");
    assertThat(response.getBody().error().suggestions()).containsExactly("Schaerbeek");
  }
}
