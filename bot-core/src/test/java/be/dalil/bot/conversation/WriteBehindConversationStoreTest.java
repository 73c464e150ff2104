package be.dalil.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.dalil.i18n.Language;
import be.dalil.knowledge.HandClock;
import be.dalil.knowledge.KnowledgeUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WriteBehindConversationStoreTest {

  /** A durable store that records its bulk writes and can fail like a database that went away. */
  static final class RecordingStore implements ConversationStore {
    final InMemoryConversationStore inner;
    final List<Integer> bulkWrites = new ArrayList<>();
    volatile boolean down;
    volatile CountDownLatch writeGate = new CountDownLatch(0);
    final CountDownLatch writeStarted = new CountDownLatch(1);

    RecordingStore(Clock clock) {
      inner = new InMemoryConversationStore(Duration.ofDays(30), clock);
    }

    @Override
    public Optional<ConversationState> load(ConversationId id) {
      failIfDown();
      return inner.load(id);
    }

    @Override
    public void save(ConversationState state) {
      saveAll(List.of(state));
    }

    @Override
    public void saveAll(Collection<ConversationState> states) {
      failIfDown();
      writeStarted.countDown();
      try {
        writeGate.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (this) {
        bulkWrites.add(states.size());
      }
      states.forEach(inner::save);
    }

    @Override
    public void delete(ConversationId id) {
      failIfDown();
      inner.delete(id);
    }

    private void failIfDown() {
      if (down) {
        throw new KnowledgeUnavailableException(new IllegalStateException("database down"));
      }
    }
  }

  private final HandClock clock = new HandClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final RecordingStore durable = new RecordingStore(clock);
  private final ConversationId id = new ConversationId("c-1");

  private WriteBehindConversationStore store(int maxPending) {
    return new WriteBehindConversationStore(durable, new WriteBehindConversationStore.Limits(
        Duration.ofDays(30), 1_000_000, maxPending, Duration.ofMillis(50)), clock);
  }

  private ConversationState state(String conversation, Language language) {
    return ConversationState.start(new ConversationId(conversation), language, clock.instant());
  }

  @Test
  void answersFromMemoryAndWritesToTheDatabaseOnlyAtTheNextFlush() {
    WriteBehindConversationStore store = store(100);
    store.save(state("c-1", Language.AR));
    assertThat(store.load(id)).map(ConversationState::language).contains(Language.AR);
    assertThat(durable.inner.load(id)).isEmpty();
    assertThat(store.pendingCount()).isEqualTo(1);

    assertThat(store.flush()).isEqualTo(1);
    assertThat(durable.inner.load(id)).map(ConversationState::language).contains(Language.AR);
    assertThat(store.pendingCount()).isZero();
    assertThat(store.flush()).isZero();
  }

  @Test
  void writesManySavesOfManyConversationsAsOneBulkWriteOfTheLatestStates() {
    WriteBehindConversationStore store = store(100);
    for (Language language : Language.values()) {
      store.save(state("c-1", language));
      store.save(state("c-2", language));
    }
    store.flush();
    assertThat(durable.bulkWrites).containsExactly(2);
    Language last = Language.values()[Language.values().length - 1];
    assertThat(durable.inner.load(id)).map(ConversationState::language).contains(last);
  }

  @Test
  void keepsStatePendingWhileTheDatabaseIsDownAndWritesItWhenItIsBack() {
    WriteBehindConversationStore store = store(100);
    durable.down = true;
    store.save(state("c-1", Language.FR));
    assertThat(store.flush()).isZero();
    assertThat(store.pendingCount()).isEqualTo(1);
    assertThat(store.load(id)).map(ConversationState::language).contains(Language.FR);

    durable.down = false;
    assertThat(store.flush()).isEqualTo(1);
    assertThat(durable.inner.load(id)).map(ConversationState::language).contains(Language.FR);
  }

  @Test
  void makesSavesWaitAndThenFailRatherThanGrowWithoutBoundWhileTheDatabaseIsDown() {
    WriteBehindConversationStore store = store(100);
    durable.down = true;
    for (int i = 0; i < 100; i++) {
      store.save(state("c-" + i, Language.NL));
    }
    // Another save of a conversation already pending takes no room.
    store.save(state("c-5", Language.EN));
    assertThatThrownBy(() -> store.save(state("c-new", Language.NL)))
        .isInstanceOf(KnowledgeUnavailableException.class);
    assertThat(store.pendingCount()).isEqualTo(100);

    durable.down = false;
    store.flush();
    store.save(state("c-new", Language.NL));
    assertThat(store.pendingCount()).isEqualTo(1);
  }

  @Test
  void forgetsDurablyAndNeverWritesAForgottenConversationBack() {
    WriteBehindConversationStore store = store(100);
    store.save(state("c-1", Language.AR));
    store.flush();
    store.save(state("c-1", Language.EN));
    store.delete(id);
    assertThat(durable.inner.load(id)).isEmpty();
    assertThat(store.load(id)).isEmpty();
    store.flush();
    assertThat(durable.inner.load(id)).isEmpty();
  }

  @Test
  void aForgetDuringAFlushWaitsForItAndRemovesWhatItWrote() throws Exception {
    WriteBehindConversationStore store = store(100);
    store.save(state("c-1", Language.AR));
    durable.writeGate = new CountDownLatch(1);
    CompletableFuture<Integer> flush = CompletableFuture.supplyAsync(store::flush);
    assertThat(durable.writeStarted.await(5, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> forget = CompletableFuture.runAsync(() -> store.delete(id));
    Thread.sleep(50);
    assertThat(forget).isNotDone();

    durable.writeGate.countDown();
    assertThat(flush.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    forget.get(5, TimeUnit.SECONDS);
    assertThat(durable.inner.load(id)).isEmpty();
    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void aFailedForgetKeepsEverythingSoItCanBeRetried() {
    WriteBehindConversationStore store = store(100);
    store.save(state("c-1", Language.AR));
    durable.down = true;
    assertThatThrownBy(() -> store.delete(id)).isInstanceOf(KnowledgeUnavailableException.class);
    assertThat(store.load(id)).isPresent();
    durable.down = false;
    store.delete(id);
    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void readsAConversationItDoesNotHoldFromTheDatabase() {
    WriteBehindConversationStore before = store(100);
    before.save(state("c-1", Language.FR));
    before.flush();
    WriteBehindConversationStore afterRestart = store(100);
    assertThat(afterRestart.load(id)).map(ConversationState::language).contains(Language.FR);
    assertThat(afterRestart.load(new ConversationId("unknown"))).isEmpty();
  }

  @Test
  void forgetsIdleConversationsAfterTheirTimeToLive() {
    WriteBehindConversationStore store = store(100);
    store.save(state("c-1", Language.NL));
    store.flush();
    clock.advance(Duration.ofDays(29));
    assertThat(store.load(id)).isPresent();
    clock.advance(Duration.ofDays(31));
    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void doesNotWriteAConversationAgainWhenOnlyItsTimeMovedLessThanAnHour() {
    WriteBehindConversationStore store = store(100);
    ConversationState first = state("c-1", Language.AR);
    store.save(first);
    store.flush();
    clock.advance(Duration.ofMinutes(59));
    store.save(first.touchedAt(clock.instant()));
    assertThat(store.pendingCount()).isZero();
    assertThat(store.flush()).isZero();
    assertThat(durable.inner.load(id)).contains(first);
  }

  @Test
  void writesAnUnchangedConversationAgainOnceAnHourSoItDoesNotExpireEarly() {
    WriteBehindConversationStore store = store(100);
    ConversationState first = state("c-1", Language.AR);
    store.save(first);
    store.flush();
    clock.advance(Duration.ofMinutes(61));
    ConversationState later = first.touchedAt(clock.instant());
    store.save(later);
    assertThat(store.flush()).isEqualTo(1);
    assertThat(durable.inner.load(id)).contains(later);
  }

  @Test
  void writesAChangeAtOnceHoweverRecentTheLastWrite() {
    WriteBehindConversationStore store = store(100);
    ConversationState first = state("c-1", Language.AR);
    store.save(first);
    store.flush();
    clock.advance(Duration.ofSeconds(1));
    ConversationState changed = first.withLanguage(Language.NL, true).touchedAt(clock.instant());
    store.save(changed);
    assertThat(store.flush()).isEqualTo(1);
    assertThat(durable.inner.load(id)).contains(changed);
  }

  @Test
  void touchesWithinATenthOfAShortTimeToLive() {
    var limits = new WriteBehindConversationStore.Limits(Duration.ofSeconds(30), 1_000, 10,
        Duration.ofMillis(50));
    assertThat(limits.touchInterval()).isEqualTo(Duration.ofSeconds(3));
  }
}
