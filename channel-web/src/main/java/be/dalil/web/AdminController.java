package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.KnowledgeImport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/actors}: imports a JSON array of actors, all or nothing. Needs
 * {@code Authorization: Bearer <dalil.web.admin-token>}; without a configured token the endpoint
 * is off.
 */
@RestController
class AdminController {

  private final KnowledgeBase knowledge;
  private final AdminToken token;

  AdminController(KnowledgeBase knowledge, WebProperties properties) {
    this.knowledge = knowledge;
    this.token = new AdminToken(properties);
  }

  @PostMapping(path = "/api/v1/admin/actors", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> importActors(
      @RequestHeader(name = "Authorization", required = false) String authorization,
      HttpServletRequest request) throws IOException {
    authorize(authorization);
    KnowledgeImport.ImportResult result = knowledge.imports().importActors(request.getInputStream());
    return Map.of("imported", result.imported(), "ids", result.ids());
  }

  private void authorize(String authorization) {
    if (!token.configured()) {
      throw new ApiException(ErrorCode.NOT_FOUND, "Not found.");
    }
    if (!token.admits(authorization)) {
      throw new ApiException(ErrorCode.UNAUTHORIZED, "A valid admin token is required.");
    }
  }
}
