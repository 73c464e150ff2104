package be.dalil.app;

import be.dalil.knowledge.KnowledgeBase;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Opens the database and the knowledge base on a thread of their own as soon as the settings are
 * known, while Spring builds the web layer. On the main thread the two took about a quarter of the
 * start-up (profile in docs/benchmarks/load.txt), with the second core mostly idle.
 *
 * <p>The beans adopt what was opened only if they would have opened the same: the same settings
 * once Spring has validated them, and the system clock. Otherwise, or if opening failed, it is
 * closed and the beans open their own, exactly as without this class.
 */
final class EarlyStorage {

  private static final Logger log = LoggerFactory.getLogger(EarlyStorage.class);

  /** What was opened, with the settings it was opened with. */
  record Opened(DalilProperties properties, MongoSetup mongo, KnowledgeBase knowledge) {}

  private final CompletableFuture<Optional<Opened>> opening = new CompletableFuture<>();
  /** Database commands run before the metrics exist are not counted. */
  private final ForwardingCommandListener commands = new ForwardingCommandListener();
  private boolean started;
  private boolean settled;
  private Optional<Opened> adopted = Optional.empty();

  /** Starts opening with the settings in {@code environment}, unless they cannot be read. */
  synchronized void start(Environment environment) {
    if (started) {
      return;
    }
    DalilProperties properties;
    try {
      properties = Binder.get(environment).bindOrCreate("dalil", DalilProperties.class);
    } catch (RuntimeException e) {
      // Spring reports the settings' error itself, with the property's name.
      return;
    }
    if (properties.dataDir().isBlank() || properties.database().isBlank()) {
      return; // invalid: Spring stops the start; nothing may be created meanwhile
    }
    started = true;
    Thread thread = new Thread(() -> opening.complete(open(properties)), "storage-opening");
    thread.setDaemon(true);
    thread.start();
  }

  private Optional<Opened> open(DalilProperties properties) {
    MongoSetup mongo = null;
    try {
      mongo = MongoSetup.start(properties, commands);
      return Optional.of(new Opened(properties, mongo,
          AppConfiguration.openKnowledge(mongo, properties, Clock.systemUTC())));
    } catch (RuntimeException e) {
      if (mongo != null) {
        mongo.close();
      }
      log.info("Opening the storage ahead of the application failed ({}); it is opened again",
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /**
   * What was opened early, if it was opened with exactly these settings and {@code clock} is the
   * system clock; from then on owned by the caller, with {@code metrics} told of every command.
   * Otherwise empty, and whatever was opened is closed.
   */
  synchronized Optional<Opened> adopt(DalilProperties validated, Clock clock,
      CommandListener metrics) {
    if (!started || settled) {
      return adopted;
    }
    settled = true;
    Optional<Opened> opened = opening.join();
    if (opened.isPresent() && opened.get().properties().equals(validated)
        && clock.equals(Clock.systemUTC())) {
      commands.forwardTo(metrics);
      adopted = opened;
    } else {
      opened.ifPresent(o -> o.mongo().close());
    }
    return adopted;
  }

  /** What {@link #adopt} handed over, if anything. */
  synchronized Optional<Opened> adopted() {
    return adopted;
  }

  /** Closes what was opened if nothing adopted it (the application failed to start). */
  synchronized void discard() {
    if (started && !settled) {
      settled = true;
      opening.join().ifPresent(o -> o.mongo().close());
    }
  }

  /**
   * Starts the opening once the environment is ready (after logging is set up), and closes an
   * unadopted opening when the start fails, so that no server thread outlives it. Only these two
   * events reach it: Spring asks {@link #supportsEventType} once per event type, and the context
   * publishes an event per HTTP request.
   */
  static final class Lifecycle implements SmartApplicationListener {
    private final EarlyStorage storage;

    Lifecycle(EarlyStorage storage) {
      this.storage = storage;
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
      return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
          || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
        storage.start(prepared.getEnvironment());
      } else if (event instanceof ApplicationFailedEvent) {
        storage.discard();
      }
    }
  }

  private static final class ForwardingCommandListener implements CommandListener {
    private volatile CommandListener target = new CommandListener() {};

    void forwardTo(CommandListener listener) {
      target = listener;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
      target.commandStarted(event);
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
      target.commandSucceeded(event);
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
      target.commandFailed(event);
    }
  }
}
