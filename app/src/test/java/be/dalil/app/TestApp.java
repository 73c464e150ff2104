package be.dalil.app;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Settings shared by the application tests: the embedded database in a temporary directory. */
final class TestApp {

  private TestApp() {}

  static void embedded(DynamicPropertyRegistry registry, Path data) {
    registry.add("dalil.data-dir", data::toString);
    registry.add("dalil.mongodb-uri", () -> "");
  }
}
