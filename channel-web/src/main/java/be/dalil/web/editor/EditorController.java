package be.dalil.web.editor;

import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.unanswered.UnansweredGroup;
import be.dalil.knowledge.unanswered.UnansweredQuestions;
import be.dalil.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The editors' API: who is signed in, and what newcomers asked that Dalil could not answer. */
@RestController
@RequestMapping(EditorSecurity.API)
class EditorController {

  private static final MediaType TSV = new MediaType("text", "tab-separated-values",
      java.nio.charset.StandardCharsets.UTF_8);

  private final UnansweredQuestions unanswered;
  private final EditorProperties properties;
  private final List<Provider> providers;

  EditorController(UnansweredQuestions unanswered, EditorProperties properties,
      ObjectProvider<ClientRegistrationRepository> registrations) {
    this.unanswered = unanswered;
    this.properties = properties;
    List<Provider> found = new java.util.ArrayList<>();
    if (registrations.getIfAvailable() instanceof Iterable<?> all) {
      for (Object r : all) {
        ClientRegistration registration = (ClientRegistration) r;
        found.add(new Provider(registration.getClientName(),
            EditorSecurity.OIDC_START + "/" + registration.getRegistrationId()));
      }
    }
    this.providers = List.copyOf(found);
  }

  record Csrf(String header, String parameter, String token) {}

  /** An OpenID Connect provider to sign in with, and where the sign-in starts. */
  record Provider(String name, String start) {}

  record Session(boolean signedIn, String name, List<String> roles, Csrf csrf,
      List<Provider> providers) {}

  /** Who is signed in, and the token every change must carry (in the header it names). */
  @GetMapping("/session")
  Session session(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    Csrf token = new Csrf(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken());
    Principal user = request.getUserPrincipal(); // none for anonymous visitors
    if (user == null) {
      return new Session(false, "", List.of(), token, providers);
    }
    List<String> roles = Stream.of("admin", "editor")
        .filter(role -> request.isUserInRole(role.toUpperCase(Locale.ROOT))).toList();
    return new Session(true, user.getName(), roles, token, providers);
  }

  record Group(String id, String text, String language, Optional<String> topic,
      Optional<String> municipality, long count, LocalDate firstDay, LocalDate lastDay,
      boolean answered) {
    static Group of(UnansweredGroup g) {
      return new Group(g.id(), g.text(), g.language().code(), g.topic(), g.municipality(),
          g.count(), g.firstDay(), g.lastDay(), g.answered());
    }
  }

  record Groups(List<Group> groups) {}

  @GetMapping("/unanswered")
  Groups unanswered() {
    return new Groups(unanswered.groups().stream().map(Group::of).toList());
  }

  /** The unanswered groups in the training corpus's format, to label. */
  @GetMapping("/unanswered/export")
  ResponseEntity<String> export() {
    return ResponseEntity.ok().contentType(TSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"unanswered.tsv\"")
        .body(unanswered.exportTsv());
  }

  @PostMapping("/unanswered/{id}/answered")
  ResponseEntity<Void> markAnswered(@PathVariable String id) {
    if (!id.matches("[0-9a-f]{1,64}") || !unanswered.markAnswered(id)) {
      throw new ApiException(ErrorCode.NOT_FOUND, "No such group of questions.");
    }
    return ResponseEntity.noContent().build();
  }

  record AccountView(String name, String role) {}

  /** Who can sign in (admins only): names and roles, never hashes. */
  @GetMapping("/accounts")
  List<AccountView> accounts() {
    return EditorAccounts.parse(properties.accounts()).stream()
        .map(a -> new AccountView(a.name(), a.role().name().toLowerCase(Locale.ROOT)))
        .toList();
  }
}
