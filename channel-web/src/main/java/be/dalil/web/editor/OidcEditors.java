package be.dalil.web.editor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Editors who sign in through OpenID Connect: the provider says who they are, the configuration
 * ({@code DALIL_EDITOR_OIDC_ACCOUNTS}) what they may do. Anyone the configuration does not list is
 * refused at sign-in, whatever the provider says.
 */
final class OidcEditors implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final Map<String, EditorAccounts.Role> roles;

  OidcEditors(String configured) {
    this.roles = parse(configured);
  }

  static Map<String, EditorAccounts.Role> parse(String configured) {
    Map<String, EditorAccounts.Role> roles = new HashMap<>();
    for (String entry : configured.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("each OpenID Connect editor is identity:role");
      }
      roles.put(entry.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          EditorAccounts.Role.parse(entry.substring(colon + 1)));
    }
    return Map.copyOf(roles);
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    String identity = identity(user);
    EditorAccounts.Role role = Optional.ofNullable(roles.get(identity)).orElseThrow(() ->
        new OAuth2AuthenticationException(new OAuth2Error("access_denied",
            "This account is not one of Dalil's editors.", null)));
    Set<GrantedAuthority> authorities = new HashSet<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_EDITOR"));
    if (role == EditorAccounts.Role.ADMIN) {
      authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }
    return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(),
        user.getEmail() != null && !Boolean.FALSE.equals(user.getEmailVerified())
            ? "email" : "sub");
  }

  /** The verified e-mail address when the provider gives one, else the subject. */
  static String identity(OidcUser user) {
    String email = user.getEmail();
    boolean verified = !Boolean.FALSE.equals(user.getEmailVerified());
    return (email != null && verified ? email : user.getSubject()).toLowerCase(Locale.ROOT);
  }
}
