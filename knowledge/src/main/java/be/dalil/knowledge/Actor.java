package be.dalil.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An organisation that helps newcomers, as recorded from the seed documents or an import.
 * Text fields are "" when unknown; contact fields are never guessed.
 */
public record Actor(
    String id,
    String name,
    LocalizedText description,
    List<Topic> topics,
    String domain,
    String province,
    String municipality,
    String postcode,
    String address,
    Optional<GeoPoint> location,
    String website,
    String email,
    String phone,
    String audience,
    Accessibility accessibility,
    String notes,
    List<String> languages,
    Scope scope,
    String source,
    int lastVerified,
    Set<String> flags) {

  public Actor {
    topics = List.copyOf(topics);
    languages = List.copyOf(languages);
    flags = Set.copyOf(flags);
  }

  /** Website languages, cost and registration, in English from the source. */
  public record Accessibility(List<String> websiteLanguages, String cost, String registration) {
    private static final Pattern PRICE = Pattern.compile(".*(euro|€|eur\\b).*");

    public Accessibility {
      websiteLanguages = List.copyOf(websiteLanguages);
    }

    /** The source names a price. */
    public boolean namesAPrice() {
      return PRICE.matcher(cost.toLowerCase(Locale.ROOT)).matches();
    }
  }

  public boolean hasEnded() {
    return flags.contains("project_ended_2020_06");
  }

  /** A reference service for its topics (the integration agency, VDAB, Actiris...). */
  public boolean isReference() {
    return flags.contains("reference");
  }
}
