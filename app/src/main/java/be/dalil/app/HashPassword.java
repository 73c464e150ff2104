package be.dalil.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Prints the bcrypt hash of a password for {@code DALIL_EDITORS} ({@code bin/hash-password}).
 * The password is read from the terminal or standard input, never from the command line, which
 * other users of the machine can see.
 */
public final class HashPassword {

  private HashPassword() {}

  public static void main(String[] args) throws IOException {
    Console console = System.console();
    String password;
    if (console != null) {
      char[] typed = console.readPassword("Password: ");
      password = typed == null ? "" : new String(typed);
    } else {
      password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
          .readLine();
    }
    if (password == null || password.length() < 12) {
      System.err.println("Use a password of at least 12 characters.");
      System.exit(2);
    }
    System.out.println(new BCryptPasswordEncoder(12).encode(password));
  }
}
