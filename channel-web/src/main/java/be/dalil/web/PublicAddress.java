package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address links are built on (counsellor links, QR codes, e-mailed confirmations): the
 * configured public address, else the request's own host when it is one of the allowed link
 * hosts. A request's {@code Host} header is the client's to choose, so it is never trusted alone.
 */
@Component
public final class PublicAddress {

  private final WebProperties properties;

  PublicAddress(WebProperties properties) {
    this.properties = properties;
  }

  /** The base URL without a trailing slash. */
  public String base(HttpServletRequest request) {
    if (!properties.publicBaseUrl().isBlank()) {
      return properties.publicBaseUrl().replaceFirst("/+$", "");
    }
    if (!properties.linkHosts().contains(request.getServerName())) {
      throw new InvalidRequestException(ErrorCode.INVALID_PARAMETER, "Links can only be made on"
          + " this server's public address: set DALIL_PUBLIC_BASE_URL (or dalil.web.link-hosts).");
    }
    return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
  }
}
