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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  MongoSetup mongoSetup(DalilProperties properties, MeterRegistry metrics) {
    // Times every database command, tagged SUCCESS or FAILED: the database error rate.
    return MongoSetup.start(properties, new MongoMetricsCommandListener(metrics));
  }

  @Bean
  MongoDatabase mongoDatabase(MongoSetup mongo, DalilProperties properties) {
    return mongo.client().getDatabase(properties.database());
  }

  @Bean
  KnowledgeBase knowledgeBase(MongoDatabase db, MongoSetup mongo, DalilProperties properties,
      Clock clock) {
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

  /** Writes the counted questions every few seconds and at shutdown; purges them hourly. */
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

  /** Deletes proposals never confirmed (with their address) every hour. */
  @Bean
  UnconfirmedProposalPurge unconfirmedProposalPurge(Listings listings) {
    return new UnconfirmedProposalPurge(listings);
  }

  static final class UnconfirmedProposalPurge {
    private final Listings listings;

    UnconfirmedProposalPurge(Listings listings) {
      this.listings = listings;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void purge() {
      try {
        long removed = listings.purge();
        if (removed > 0) {
          log.info("Removed {} proposals never confirmed", removed);
        }
      } catch (RuntimeException e) {
        log.warn("Purge of unconfirmed proposals failed: {}", e.getClass().getSimpleName());
      }
    }
  }

  @Bean
  KnowledgeRefresh knowledgeRefresh(KnowledgeBase knowledge, DalilProperties properties) {
    return KnowledgeRefresh.start(knowledge, properties.knowledgeRefreshInterval());
  }

  @Bean
  ExpiredConversationPurge expiredConversationPurge(MongoConversationStore store) {
    return new ExpiredConversationPurge(store);
  }

  /** Deletes expired conversations every hour (the embedded server has no TTL index). */
  static final class ExpiredConversationPurge {
    private final MongoConversationStore store;

    ExpiredConversationPurge(MongoConversationStore store) {
      this.store = store;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void purge() {
      try {
        long removed = store.purgeExpired();
        if (removed > 0) {
          log.info("Removed {} expired conversations", removed);
        }
      } catch (RuntimeException e) {
        log.warn("Purge of expired conversations failed: {}", e.getClass().getSimpleName());
      }
    }
  }
}
