package be.dalil.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What Tomcat answers on its own follows the JSON error contract too. */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorsFromTomcat() {
    return factory -> {
      // Tomcat refuses TRACE itself with an empty 405; let it reach the header filter, which
      // refuses it in JSON (HttpServlet never echoes it).
      factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
      factory.addContextCustomizers(context -> {
        StandardHost host = (StandardHost) context.getParent();
        for (Valve valve : host.getPipeline().getValves()) {
          if (valve instanceof ErrorReportValve) {
            host.getPipeline().removeValve(valve); // Spring Boot's HTML one
          }
        }
        host.getPipeline().addValve(new JsonErrorReport());
        // The host adds a report valve of this class at start unless one is there already.
        host.setErrorReportValveClass(JsonErrorReport.class.getName());
      });
    };
  }
}
