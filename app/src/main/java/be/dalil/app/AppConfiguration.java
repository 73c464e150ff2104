package be.dalil.app;

import be.dalil.bot.Assistant;
import be.dalil.bot.conversation.CachedConversationStore;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.mongo.MongoKnowledgeStorage;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
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

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean(destroyMethod = "close")
  MongoSetup mongoSetup(DalilProperties properties) {
    return MongoSetup.start(properties);
  }

  @Bean
  MongoDatabase mongoDatabase(MongoSetup mongo, DalilProperties properties) {
    return mongo.client().getDatabase(properties.database());
  }

  @Bean
  KnowledgeBase knowledgeBase(MongoDatabase db, DalilProperties properties, Clock clock) {
    return KnowledgeBase.open(MongoKnowledgeStorage.on(db), properties.search().settings(),
        clock);
  }

  @Bean
  MongoConversationStore mongoConversationStore(MongoDatabase db, DalilProperties properties,
      Clock clock) {
    return new MongoConversationStore(db, properties.conversationTtl(), clock);
  }

  @Bean
  Assistant assistant(KnowledgeBase knowledge, MongoConversationStore durable,
      DalilProperties properties, Clock clock) {
    CachedConversationStore store = new CachedConversationStore(durable,
        properties.conversationTtl(), properties.conversationCacheSize(), clock);
    return Assistant.create(knowledge, store, clock, properties.actorsPerReply());
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
