package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database has no passwords; it answers this process's own user only. Checked with
 * real connections: ours, and one opened as another Unix user (needs root and runuser, as on CI).
 */
class EmbeddedDatabaseAccessIT {

  @TempDir
  Path data;

  @Test
  void findsTheOwnerOfALoopbackConnectionInTheKernelsTable() throws IOException {
    List<String> table = Files.readAllLines(Path.of("src/test/resources/proc/net-tcp.txt"));
    // 0xA3F1 = 41969 is the server, 0xD431 = 54321 a client of user 1000, 0xD432 one of root.
    assertThat(OwnUserGate.ownerIn(table, 54321, 41969)).isEqualTo(OptionalInt.of(1000));
    assertThat(OwnUserGate.ownerIn(table, 54322, 41969)).isEqualTo(OptionalInt.of(0));
    assertThat(OwnUserGate.ownerIn(table, 54323, 41969)).isEmpty();
  }

  @Test
  void closesConnectionsOfOtherLocalUsersAndServesItsOwn() throws Exception {
    try (MongoSetup mongo = MongoSetup.embedded(data)) {
      mongo.client().getDatabase("dalil").runCommand(new Document("ping", 1));
      int port = mongo.client().getClusterDescription().getServerDescriptions().get(0)
          .getAddress().getPort();
      assertThat(Files.getPosixFilePermissions(data.resolve(MongoSetup.DATA_FILE)))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));

      // Connect and wait for the server to close: our own user's connection stays open.
      String probe = "exec 3<>/dev/tcp/127.0.0.1/" + port + " || exit 2; timeout 2 cat <&3;"
          + " echo \" exit=$?\"";
      assertThat(run(List.of("bash", "-c", probe))).contains("exit=124");

      assumeThat(Files.getAttribute(Path.of("/proc/self"), "unix:uid")).as("root").isEqualTo(0);
      assumeThat(Files.isExecutable(Path.of("/usr/sbin/runuser"))).as("runuser").isTrue();
      // Another user's connection is closed at once, before any answer.
      assertThat(run(List.of("/usr/sbin/runuser", "-u", "nobody", "--", "bash", "-c", probe)))
          .contains("exit=0");
      // And the application's own connections still work.
      mongo.client().getDatabase("dalil").runCommand(new Document("ping", 1));
    }
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
