package be.dalil.web;

import be.dalil.bot.Assistant;
import be.dalil.bot.conversation.ConversationId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/v1/conversations/{id}}; {@link ChatMessageServlet} answers messages. */
@RestController
class ChatController {

  private final Assistant assistant;

  ChatController(Assistant assistant) {
    this.assistant = assistant;
  }

  @DeleteMapping("/api/v1/conversations/{conversationId}")
  ResponseEntity<Void> forget(@PathVariable String conversationId) {
    assistant.forget(new ConversationId(conversationId));
    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
  }
}
