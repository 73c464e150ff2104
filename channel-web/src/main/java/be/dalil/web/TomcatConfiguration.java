package be.dalil.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.RemoteIpValve;
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

  /**
   * Behind a reverse proxy every request comes from the proxy's address, so one client could
   * use everybody's allowance, or all users share one. Only the configured proxies are believed:
   * anyone else can write an X-Forwarded-For header.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
      WebProperties properties) {
    return factory -> {
      if (properties.trustedProxies().isEmpty()) {
        return;
      }
      RemoteIpValve valve = new RemoteIpValve();
      valve.setInternalProxies(properties.trustedProxies().stream()
          .map(TomcatConfiguration::canonical).map(Pattern::quote)
          .collect(Collectors.joining("|")));
      valve.setTrustedProxies(null);
      valve.setRemoteIpHeader("X-Forwarded-For");
      valve.setProtocolHeader("X-Forwarded-Proto");
      factory.addEngineValves(valve);
    };
  }

  /** The form Tomcat reports a peer's address in ("::1" is "0:0:0:0:0:0:0:1"). */
  static String canonical(String address) {
    try {
      return InetAddress.getByName(address).getHostAddress(); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("dalil.web.trusted-proxies: not an IP address", e);
    }
  }
}
