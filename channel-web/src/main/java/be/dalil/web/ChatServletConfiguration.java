package be.dalil.web;

import be.dalil.bot.Assistant;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link ChatMessageServlet} for its one path; Spring MVC serves the rest. */
@Configuration(proxyBeanMethods = false)
class ChatServletConfiguration {

  @Bean
  ServletRegistrationBean<ChatMessageServlet> chatMessageServlet(Assistant assistant,
      WebProperties properties, Clock clock, ObjectMapper json) {
    ServletRegistrationBean<ChatMessageServlet> registration = new ServletRegistrationBean<>(
        new ChatMessageServlet(assistant, properties, clock, json), ChatMessageServlet.PATH);
    registration.setName("chatMessages");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
