package be.dalil.app;

import be.dalil.bot.Assistant;
import be.dalil.bot.ReplyObserver;
import be.dalil.bot.UnansweredQuestionObserver;
import be.dalil.bot.conversation.WriteBehindConversationStore;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.listing.Listings;
import be.dalil.knowledge.mongo.MongoKnowledgeStorage;
import be.dalil.knowledge.mongo.MongoListingStore;
import be.dalil.knowledge.mongo.MongoUnansweredStore;
import be.dalil.knowledge.unanswered.UnansweredQuestions;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the engine to MongoDB. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AppConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AppConfiguration.class);
  /** How long a reply waits for room when too many conversations wait to be written. */
  private static final Duration SAVE_WAIT = Duration.ofSeconds(2);

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean(destroyMethod = "close")
  MongoSetup mongoSetup(DalilProperties properties, MeterRegistry metrics, Clock clock,
      ObjectProvider<EarlyStorage> early) {
    // Times every database command, tagged SUCCESS or FAILED: the database error rate.
    CommandListener commands = new MongoMetricsCommandListener(metrics);
    return early.stream()
        .flatMap(e -> e.adopt(properties, clock, commands).stream())
        .map(EarlyStorage.Opened::mongo)
        .findFirst()
        .orElseGet(() -> MongoSetup.start(properties, commands));
  }

  @Bean
  MongoDatabase mongoDatabase(MongoSetup mongo, DalilProperties properties) {
    return mongo.client().getDatabase(properties.database());
  }

  @Bean
  KnowledgeBase knowledgeBase(MongoSetup mongo, DalilProperties properties, Clock clock,
      ObjectProvider<EarlyStorage> early) {
    return early.stream()
        .flatMap(e -> e.adopted().stream())
        .map(EarlyStorage.Opened::knowledge)
        .findFirst()
        .orElseGet(() -> openKnowledge(mongo, properties, clock));
  }

  static KnowledgeBase openKnowledge(MongoSetup mongo, DalilProperties properties, Clock clock) {
    MongoDatabase db = mongo.client().getDatabase(properties.database());
    return KnowledgeBase.open(MongoKnowledgeStorage.on(db, mongo.durability()),
        properties.search().settings(), clock);
  }

  @Bean
  MongoConversationStore mongoConversationStore(MongoDatabase db, MongoSetup mongo,
      DalilProperties properties, Clock clock) {
    return new MongoConversationStore(db, properties.conversationTtl(), clock,
        mongo.durability(), mongo.embedded());
  }

  @Bean
  WriteBehindConversationStore conversationStore(MongoConversationStore durable,
      DalilProperties properties, Clock clock) {
    return new WriteBehindConversationStore(durable, new WriteBehindConversationStore.Limits(
        properties.conversationTtl(), properties.conversationCache().toBytes(),
        properties.conversationMaxPending(), SAVE_WAIT), clock);
  }

  /** Writes conversation state behind the replies, and what is left at shutdown. */
  @Bean(destroyMethod = "close")
  ConversationFlusher conversationFlusher(WriteBehindConversationStore store,
      DalilProperties properties) {
    return ConversationFlusher.start(store, properties.conversationFlushInterval());
  }

  @Bean
  Assistant assistant(KnowledgeBase knowledge, WriteBehindConversationStore store,
      DalilProperties properties, Clock clock, MeterRegistry metrics,
      UnansweredQuestions unanswered) {
    return Assistant.create(knowledge, store, clock, properties.actorsPerReply(),
        ReplyObserver.all(new ReplyMetrics(metrics), new UnansweredQuestionObserver(unanswered)));
  }

  @Bean
  UnansweredQuestions unansweredQuestions(MongoDatabase db, MongoSetup mongo,
      DalilProperties properties, Clock clock) {
    DalilProperties.Unanswered settings = properties.unanswered();
    return UnansweredQuestions.open(new MongoUnansweredStore(db, settings.retention(),
        mongo.durability()), clock, settings.retention(), settings.maxPendingGroups());
  }

  /** Writes the counted questions every few seconds and at shutdown. */
  @Bean(destroyMethod = "close")
  UnansweredFlusher unansweredFlusher(UnansweredQuestions unanswered,
      DalilProperties properties) {
    return UnansweredFlusher.start(unanswered, properties.unanswered().flushInterval());
  }

  @Bean
  Listings listings(KnowledgeBase knowledge, MongoDatabase db, MongoSetup mongo, Clock clock) {
    return Listings.open(knowledge, new MongoListingStore(db, mongo.durability()),
        clock);
  }

  @Bean
  KnowledgeRefresh knowledgeRefresh(KnowledgeBase knowledge, DalilProperties properties) {
    return KnowledgeRefresh.start(knowledge, properties.knowledgeRefreshInterval());
  }

  /**
   * Deletes every hour what outlived its time: expired conversations (the embedded server has no
   * TTL index), proposals never confirmed (with their address), unanswered questions past their
   * retention.
   */
  @Bean
  HourlyPurges hourlyPurges(MongoConversationStore conversations, Listings listings,
      UnansweredQuestions unanswered) {
    Map<String, LongSupplier> purges = new LinkedHashMap<>();
    purges.put("expired conversations", conversations::purgeExpired);
    purges.put("proposals never confirmed", listings::purge);
    purges.put("day counts of unanswered questions", unanswered::purge);
    return new HourlyPurges(purges);
  }

  static final class HourlyPurges {
    private final Map<String, LongSupplier> purges;

    HourlyPurges(Map<String, LongSupplier> purges) {
      this.purges = purges;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void purge() {
      purges.forEach((what, purge) -> {
        // One failing purge (the database away) must not stop the others, nor the schedule.
        try {
          long removed = purge.getAsLong();
          if (removed > 0) {
            log.info("Removed {} {}", removed, what);
          }
        } catch (RuntimeException e) {
          log.warn("Purge of {} failed: {}", what, e.getClass().getSimpleName());
        }
      });
    }
  }
}
