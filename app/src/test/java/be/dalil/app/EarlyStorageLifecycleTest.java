package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/** The early opening listens to the start of the application only, never to every request. */
class EarlyStorageLifecycleTest {

  private final EarlyStorage.Lifecycle lifecycle = new EarlyStorage.Lifecycle(new EarlyStorage());

  @Test
  void isCalledWhenTheEnvironmentIsReadyAndWhenTheStartFails() {
    assertThat(lifecycle.supportsEventType(ApplicationEnvironmentPreparedEvent.class)).isTrue();
    assertThat(lifecycle.supportsEventType(ApplicationFailedEvent.class)).isTrue();
  }

  @Test
  void isNotCalledForOtherEventsNorForTheOneEveryHttpRequestPublishes() {
    assertThat(lifecycle.supportsEventType(ServletRequestHandledEvent.class)).isFalse();
    assertThat(lifecycle.supportsEventType(ApplicationReadyEvent.class)).isFalse();
  }
}
