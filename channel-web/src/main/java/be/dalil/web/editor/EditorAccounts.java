package be.dalil.web.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The editors' accounts from configuration: {@code name:role:bcrypt-hash}, comma-separated
 * ({@code DALIL_EDITORS}). Only hashes are configured, never passwords; a malformed entry stops
 * the start, since a half-read list would lock someone out or in.
 */
final class EditorAccounts {

  /** What an account may do: editors review, admins also see the accounts. */
  enum Role {
    EDITOR, ADMIN;

    static Role parse(String text) {
      return switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "editor" -> EDITOR;
        case "admin" -> ADMIN;
        default -> throw new IllegalArgumentException(
            "an editor's role is 'editor' or 'admin', not '" + text + "'");
      };
    }
  }

  record Account(String name, Role role, String passwordHash) {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

  private EditorAccounts() {}

  static List<Account> parse(String configured) {
    Map<String, Account> accounts = new LinkedHashMap<>();
    for (String entry : configured.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.strip().split(":", 3);
      if (parts.length != 3 || !NAME.matcher(parts[0]).matches()) {
        throw new IllegalArgumentException("each editor is name:role:bcrypt-hash (the name in"
            + " letters, digits, . _ @ -); entry " + (accounts.size() + 1) + " is not");
      }
      if (!BCRYPT.matcher(parts[2]).matches()) {
        throw new IllegalArgumentException("editor '" + parts[0] + "': the password must be a"
            + " bcrypt hash (bin/hash-password), never the password itself");
      }
      if (accounts.put(parts[0], new Account(parts[0], Role.parse(parts[1]), parts[2]))
          != null) {
        throw new IllegalArgumentException("editor '" + parts[0] + "' is listed twice");
      }
    }
    return List.copyOf(accounts.values());
  }

  static List<UserDetails> users(List<Account> accounts) {
    List<UserDetails> users = new ArrayList<>();
    for (Account a : accounts) {
      User.UserBuilder user = User.withUsername(a.name()).password(a.passwordHash());
      // An admin can do all an editor can.
      users.add(a.role() == Role.ADMIN ? user.roles("ADMIN", "EDITOR").build()
          : user.roles("EDITOR").build());
    }
    return users;
  }
}
