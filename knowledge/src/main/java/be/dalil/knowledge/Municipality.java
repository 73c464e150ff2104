package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.List;
import java.util.Optional;

/**
 * A Belgian municipality (or a well-known district of one) from the gazetteer.
 *
 * @param partOf for a district, the municipality it belongs to
 * @param mergedInto for a municipality merged on 1 January 2025, the one it became part of
 */
public record Municipality(
    String id,
    String nis,
    Region region,
    String province,
    boolean district,
    Optional<String> partOf,
    Optional<String> mergedInto,
    LocalizedText names,
    List<String> aliases,
    List<String> postcodes,
    GeoPoint centre) {

  public Municipality {
    aliases = List.copyOf(aliases);
    postcodes = List.copyOf(postcodes);
  }

  /** The official local name: French in Brussels and Wallonia, Dutch in Flanders. */
  public String officialName() {
    return names.in(region == Region.FLANDERS ? Language.NL : Language.FR);
  }

  public String name(Language language) {
    return names.in(language);
  }

  /** A municipality of today: neither a district nor merged into another. */
  public boolean current() {
    return !district && mergedInto.isEmpty();
  }

  /**
   * Hashes the id alone: equal municipalities have equal ids, and every search's cache key holds
   * one, whose record hash walked all names, aliases and postcodes (2% of the chat API's CPU).
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  public Optional<String> mainPostcode() {
    // Not a stream: called for every place a message names (0.5% of the chat API's CPU).
    return postcodes.isEmpty() ? Optional.empty() : Optional.of(postcodes.get(0));
  }
}
