package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.event.GenericApplicationListenerAdapter;
import org.springframework.core.ResolvableType;
import org.springframework.web.context.support.ServletRequestHandledEvent;

class ModelPreloadingTest {

  private final GenericApplicationListenerAdapter listener =
      new GenericApplicationListenerAdapter(new DalilApplication.ModelPreloading());

  @Test
  void isNotCalledForTheEventEveryHttpRequestPublishes() {
    assertThat(listener.supportsEventType(ResolvableType.forClass(ServletRequestHandledEvent.class)))
        .isFalse();
  }

  @Test
  void isCalledWhenTheEnvironmentIsReady() {
    assertThat(listener.supportsEventType(
        ResolvableType.forClass(ApplicationEnvironmentPreparedEvent.class))).isTrue();
  }
}
