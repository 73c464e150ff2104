package be.dalil.app;

import be.dalil.bot.nlu.MessageInterpreter;
import be.dalil.telegram.TelegramChannelConfiguration;
import be.dalil.web.WebChannelConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;

/** Dalil: the engine, MongoDB, and the web and Telegram channels in one application. */
// Spring Security guards the editors' pages only: the channel registers its filter for their paths
// instead of Boot's registration for every request.
@SpringBootApplication(exclude = {MongoAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class})
@EnableConfigurationProperties(DalilProperties.class)
@Import({WebChannelConfiguration.class, TelegramChannelConfiguration.class})
public class DalilApplication {

  public static void main(String[] args) {
    application().run(args);
  }

  /**
   * The application as {@link #main} runs it: the models, the database and the knowledge base
   * are loaded on threads of their own, on the core Spring's own start leaves idle, from the
   * moment the settings are known. Not before logging is set up: SLF4J initialised from two
   * threads at once, or a library logging before Spring configures it, would print plain lines
   * into structured logs.
   */
  static SpringApplication application() {
    SpringApplication application = new SpringApplication(DalilApplication.class);
    EarlyStorage storage = new EarlyStorage();
    application.addListeners(new ModelPreloading(), new EarlyStorage.Lifecycle(storage));
    application.addInitializers(context ->
        context.getBeanFactory().registerSingleton("earlyStorage", storage));
    return application;
  }

  /**
   * A class, not a lambda: Spring reads a class's event type and never calls it again. A lambda's
   * type is erased, so Spring called it for every event the context publishes, one per HTTP
   * request, and each call failed with a ClassCastException that Spring swallowed (about 4% of the
   * chat API's CPU).
   */
  static final class ModelPreloading
      implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
      MessageInterpreter.startLoadingShippedModels();
    }
  }
}
