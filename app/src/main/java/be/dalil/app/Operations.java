package be.dalil.app;

import be.dalil.bot.conversation.WriteBehindConversationStore;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What operators see: readiness of the database and of the conversation write queue, and the
 * queue's size as a metric. (Reply metrics: {@link ReplyMetrics}; access: the operator filter of {@code
 * be.dalil.web}: metrics need the admin token.)
 */
@Configuration(proxyBeanMethods = false)
class Operations {

  /** Health component "database": the database answers a ping. */
  @Bean
  HealthIndicator databaseHealthIndicator(MongoDatabase db) {
    return () -> {
      try {
        db.runCommand(new Document("ping", 1));
        return Health.up().build();
      } catch (RuntimeException e) {
        return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
      }
    };
  }

  /**
   * Health component "conversationQueue": out of service when as many conversations wait to be
   * written as the queue holds, since replies then wait (and soon fail with 503).
   */
  @Bean
  HealthIndicator conversationQueueHealthIndicator(WriteBehindConversationStore store,
      DalilProperties properties) {
    return () -> {
      int pending = store.pendingCount();
      Health.Builder health = pending < properties.conversationMaxPending()
          ? Health.up() : Health.outOfService();
      return health.withDetail("pending", pending)
          .withDetail("max", properties.conversationMaxPending()).build();
    };
  }

  @Bean
  MeterBinder conversationQueueMetrics(WriteBehindConversationStore store) {
    return registry -> Gauge.builder("dalil.conversations.pending", store,
            WriteBehindConversationStore::pendingCount)
        .description("Conversation states waiting to be written to the database")
        .register(registry);
  }
}
