package be.dalil.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachedConversationStoreTest {

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** A durable store that can be made to fail like a database that went away. */
  static final class FlakyStore implements ConversationStore {
    final InMemoryConversationStore inner;
    boolean down;

    FlakyStore(Clock clock) {
      inner = new InMemoryConversationStore(Duration.ofDays(30), clock);
    }

    @Override
    public Optional<ConversationState> load(ConversationId id) {
      if (down) {
        throw new IllegalStateException("database down");
      }
      return inner.load(id);
    }

    @Override
    public void save(ConversationState state) {
      if (down) {
        throw new IllegalStateException("database down");
      }
      inner.save(state);
    }

    @Override
    public void delete(ConversationId id) {
      inner.delete(id);
    }
  }

  private final TestClock clock = new TestClock();
  private final ConversationId id = new ConversationId("c-1");

  @Test
  void keepsStateInMemoryWhenTheDatabaseFailsAndWritesItLater() {
    FlakyStore durable = new FlakyStore(clock);
    CachedConversationStore store = new CachedConversationStore(durable, Duration.ofDays(30),
        1000, clock);
    durable.down = true;
    store.save(ConversationState.start(id, Language.AR, clock.instant()));
    assertThat(store.load(id)).map(ConversationState::language).contains(Language.AR);
    assertThat(store.unsavedCount()).isEqualTo(1);
    durable.down = false;
    store.save(store.load(id).orElseThrow().withLanguage(Language.FR, true));
    assertThat(store.unsavedCount()).isZero();
    assertThat(durable.inner.load(id)).map(ConversationState::language).contains(Language.FR);
  }

  @Test
  void forgetsIdleConversationsAfterTheirTimeToLive() {
    InMemoryConversationStore durable = new InMemoryConversationStore(Duration.ofDays(30), clock);
    CachedConversationStore store = new CachedConversationStore(durable, Duration.ofDays(30),
        1000, clock);
    store.save(ConversationState.start(id, Language.NL, clock.instant()));
    clock.now = clock.now.plus(Duration.ofDays(29));
    assertThat(store.load(id)).isPresent();
    clock.now = clock.now.plus(Duration.ofDays(31));
    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void deletesEverywhereOnForget() {
    InMemoryConversationStore durable = new InMemoryConversationStore(Duration.ofDays(30), clock);
    CachedConversationStore store = new CachedConversationStore(durable, Duration.ofDays(30),
        1000, clock);
    store.save(ConversationState.start(id, Language.EN, clock.instant()));
    store.delete(id);
    assertThat(store.load(id)).isEmpty();
    assertThat(durable.load(id)).isEmpty();
  }
}
