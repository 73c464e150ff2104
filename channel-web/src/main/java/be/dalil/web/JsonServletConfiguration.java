package be.dalil.web;

import be.dalil.bot.Assistant;
import be.dalil.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the busiest endpoints as servlets of their own ({@link JsonServlet}: messages and
 * actor searches); Spring MVC serves the rest.
 */
@Configuration(proxyBeanMethods = false)
class JsonServletConfiguration {

  @Bean
  ServletRegistrationBean<ChatMessageServlet> chatMessageServlet(Assistant assistant,
      WebProperties properties, Clock clock, ObjectMapper json) {
    ServletRegistrationBean<ChatMessageServlet> registration = new ServletRegistrationBean<>(
        new ChatMessageServlet(assistant, properties, clock, json), ChatMessageServlet.PATH);
    registration.setName("chatMessages");
    registration.setLoadOnStartup(1);
    return registration;
  }

  @Bean
  ServletRegistrationBean<ActorSearchServlet> actorSearchServlet(KnowledgeBase knowledge,
      ObjectMapper json) {
    ServletRegistrationBean<ActorSearchServlet> registration = new ServletRegistrationBean<>(
        new ActorSearchServlet(knowledge, json), ActorSearchServlet.PATH);
    registration.setName("actorSearch");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
