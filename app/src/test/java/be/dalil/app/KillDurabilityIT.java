package be.dalil.app;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.mongo.MongoKnowledgeStorage;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is acknowledged survives {@code kill -9}: the application's storage runs in a child JVM
 * ({@link StorageProbe}) that is killed with SIGKILL at a random moment, 20 times per promise,
 * and the data it left is then read back. Prints the figures the README quotes; also written to
 * {@code target/durability-report.txt}.
 */
class KillDurabilityIT {

  private static final int KILLS = 20;
  /** The guarantee: a crash loses at most about one flush interval (100 ms) of soft state. */
  private static final long MAX_LOSS_WINDOW_MS = 500;
  private static final long SEED = Long.getLong("dalil.killSeed", System.nanoTime());
  private static final List<String> REPORT = new CopyOnWriteArrayList<>();

  @TempDir
  static Path work;

  @BeforeAll
  static void header() {
    REPORT.add("kill -9 durability report (seed " + SEED + ", " + KILLS + " kills per promise)");
  }

  @AfterAll
  static void report() throws IOException {
    REPORT.forEach(System.out::println);
    Files.write(Path.of("target", "durability-report.txt"), REPORT);
  }

  /** A child JVM running the probe, its output lines with the time each was read. */
  private static final class Child implements AutoCloseable {
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();

    Child(String mode, Path dir) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          StorageProbe.class.getName(), mode, dir.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
          }
        } catch (IOException e) {
          // the process was killed
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    void await(String line, long seconds) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (!lines.contains(line)) {
        assertThat(System.nanoTime()).as("child printed " + line).isLessThan(end);
        assertThat(process.isAlive() || lines.contains(line)).as("child alive").isTrue();
        Thread.sleep(10);
      }
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    long kill() throws InterruptedException {
      long at = System.currentTimeMillis();
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      // Let the reader take what the child wrote before it died.
      Thread.sleep(50);
      return at;
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private static <T> T read(Path dir, java.util.function.Function<MongoDatabase, T> check) {
    try (MongoSetup mongo = MongoSetup.embedded(dir)) {
      return check.apply(mongo.client().getDatabase(StorageProbe.DATABASE));
    }
  }

  @Test
  void acknowledgedConversationStateIsLostForAtMostAboutOneFlushInterval() throws Exception {
    Random random = new Random(SEED);
    List<Long> windows = new ArrayList<>();
    int lostUpdates = 0;
    int acknowledged = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Path dir = Files.createDirectories(work.resolve("conversations-" + kill));
      long killedAt;
      List<String> lines;
      try (Child child = new Child("conversations", dir)) {
        child.await("READY", 60);
        Thread.sleep(300 + random.nextInt(1200));
        killedAt = child.kill();
        lines = child.lines;
      }
      // The last acknowledged sequence of each conversation, with when it was acknowledged.
      Map<String, List<long[]>> acks = new HashMap<>();
      for (String line : lines) {
        String[] f = line.split(" ");
        if (f[0].equals("ACK") && f.length == 4) {
          acks.computeIfAbsent(f[1], k -> new ArrayList<>())
              .add(new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
          acknowledged++;
        }
      }
      Map<String, Long> stored = read(dir, db -> {
        Map<String, Long> seq = new HashMap<>();
        db.getCollection(MongoConversationStore.COLLECTION).find().forEach(d -> seq.put(
            d.getString("_id"), d.getDate("updatedAt").getTime() - StorageProbe.BASE.toEpochMilli()));
        return seq;
      });
      long oldestLost = Long.MAX_VALUE;
      for (Map.Entry<String, List<long[]>> e : acks.entrySet()) {
        long kept = stored.getOrDefault(e.getKey(), 0L);
        for (long[] ack : e.getValue()) {
          if (ack[0] > kept) {
            lostUpdates++;
            oldestLost = Math.min(oldestLost, ack[1]);
          }
        }
      }
      windows.add(oldestLost == Long.MAX_VALUE ? 0 : Math.max(0, killedAt - oldestLost));
    }
    Collections.sort(windows);
    REPORT.add(String.format("soft state (language, place, topic): %d acknowledged updates, %d lost;"
        + " loss window median %d ms, max %d ms (flush interval 100 ms)", acknowledged,
        lostUpdates, windows.get(windows.size() / 2), windows.get(windows.size() - 1)));
    assertThat(acknowledged).isGreaterThan(KILLS * 50);
    assertThat(windows.get(windows.size() - 1)).isLessThanOrEqualTo(MAX_LOSS_WINDOW_MS);
  }

  @Test
  void aConversationForgottenIsNeverBackAfterACrash() throws Exception {
    Random random = new Random(SEED + 1);
    int forgotten = 0;
    int resurrected = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Path dir = Files.createDirectories(work.resolve("forget-" + kill));
      List<String> lines;
      try (Child child = new Child("forget", dir)) {
        child.await("READY", 60);
        Thread.sleep(2500 + random.nextInt(1500));
        child.kill();
        lines = child.lines;
      }
      List<String> ids = lines.stream().filter(l -> l.startsWith("FORGOT "))
          .map(l -> l.substring("FORGOT ".length())).toList();
      forgotten += ids.size();
      resurrected += read(dir, db -> {
        MongoCollection<Document> conversations =
            db.getCollection(MongoConversationStore.COLLECTION);
        int back = 0;
        for (String id : ids) {
          if (conversations.find(eq("_id", id)).first() != null) {
            back++;
          }
        }
        return back;
      });
    }
    REPORT.add(String.format("forget: %d forgets acknowledged, %d resurrected", forgotten,
        resurrected));
    assertThat(forgotten).isGreaterThan(KILLS * 50);
    assertThat(resurrected).isZero();
  }

  @Test
  void anImportIsVisibleEntirelyOrNotAtAllAfterACrash() throws Exception {
    Path template = Files.createDirectories(work.resolve("template"));
    try (Child seeding = new Child("seed", template)) {
      seeding.await("SEEDED", 120);
      seeding.process.waitFor(30, TimeUnit.SECONDS);
    }
    Random random = new Random(SEED + 2);
    int complete = 0;
    int absent = 0;
    int partial = 0;
    int acknowledgedButMissing = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Path dir = Files.createDirectories(work.resolve("import-" + kill));
      Files.copy(template.resolve(MongoSetup.DATA_FILE), dir.resolve(MongoSetup.DATA_FILE),
          StandardCopyOption.REPLACE_EXISTING);
      boolean acknowledged;
      try (Child child = new Child("import", dir)) {
        child.await("READY", 60);
        // The import takes a few seconds: kill before, during (staging, commit, apply) or after.
        Thread.sleep(random.nextInt(4000));
        child.kill();
        acknowledged = child.lines.contains("IMPORTED");
      }
      long[] counts = read(dir, db -> {
        KnowledgeBase kb = KnowledgeBase.open(
            MongoKnowledgeStorage.on(db), Clock.systemUTC());
        long visible = 0;
        for (int i = 0; i < StorageProbe.IMPORT_SIZE; i++) {
          if (kb.actors().byId("probe-" + i).isPresent()) {
            visible++;
          }
        }
        long stored = db.getCollection("actors").countDocuments(regex("_id", "^probe-"));
        return new long[] {visible, stored};
      });
      assertThat(counts[1]).as("stored after recovery").isEqualTo(counts[0]);
      if (counts[0] == StorageProbe.IMPORT_SIZE) {
        complete++;
      } else if (counts[0] == 0) {
        absent++;
        if (acknowledged) {
          acknowledgedButMissing++;
        }
      } else {
        partial++;
      }
    }
    REPORT.add(String.format("imports of %d actors: %d complete, %d absent, %d partial,"
        + " %d acknowledged but missing", StorageProbe.IMPORT_SIZE, complete, absent, partial,
        acknowledgedButMissing));
    assertThat(partial).isZero();
    assertThat(acknowledgedButMissing).isZero();
    assertThat(complete + absent).isEqualTo(KILLS);
  }
}
