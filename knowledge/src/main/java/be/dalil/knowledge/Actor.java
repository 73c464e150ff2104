package be.dalil.knowledge;

import be.dalil.i18n.Language;
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
    LocalizedText names,
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
    Set<String> flags,
    ServiceArea serviceArea,
    List<Topic> referenceFor) {

  /** Flag of a municipality's own office: its town hall or its CPAS/OCMW. */
  public static final String MUNICIPAL_OFFICE = "municipal_office";
  /** Flag of a record whose contact details nobody has checked against a public source yet. */
  public static final String CONTACT_UNVERIFIED = "contact_unverified";
  /**
   * Flag of the service to call first among the reference services of its topics: 112, which
   * answers any emergency (fire, ambulance, and police through 101), comes before 101.
   */
  public static final String FIRST_CALL = "first_call";
  /**
   * Flag of a service for when regular ones are closed (the GP on duty, the pharmacy on duty):
   * among the reference services of a topic it comes after those for everyday needs, because a
   * newcomer who asks for a doctor first needs a GP of their own; first when they are closed.
   */
  public static final String OUT_OF_HOURS = "out_of_hours";
  /**
   * Flag of a service that finds a bed tonight for people without a roof (the Samusocial, the
   * CAW's emergency shelter): shown first to someone who has none, else ranked as any other.
   */
  public static final String SHELTER = "shelter";
  /**
   * Flag of the public service that pays the family allowance where a family lives (Groeipakket
   * in Flanders, Iriscare in Brussels): shown first to someone who asks about it, else ranked as
   * any other.
   */
  public static final String FAMILY_ALLOWANCE = "family_allowance";
  /**
   * Flag of the office that exchanges a foreign driving licence (the town hall): shown for
   * transport only to someone who asks about a licence.
   */
  public static final String DRIVING_LICENCE = "driving_licence";
  /**
   * Flag of the public services that follow a pregnancy and young children (Kind en Gezin, the
   * ONE): shown first to someone who asks about a pregnancy.
   */
  public static final String MOTHER_AND_CHILD = "mother_and_child";
  /**
   * Flag of the public services that tell parents about crèches and childminders (Kind en Gezin,
   * the ONE): shown first to someone who asks for childcare.
   */
  public static final String CHILDCARE = "childcare";
  /**
   * Flag of the service that finds the pharmacy on duty: shown first to someone who asks for a
   * pharmacy, before the doctor on duty.
   */
  public static final String PHARMACY = "pharmacy";
  /**
   * Flag of the services that explain how to enrol a child in school where the family lives (the
   * enrolment systems of Antwerp, Ghent and Brussels, the Flemish page on school for newcomer
   * children): shown first to someone who asks about a school, before Kind en Gezin and the ONE.
   */
  public static final String SCHOOL = "school";
  /**
   * Flag of the office that pays for the care of people without residence papers (every
   * CPAS/OCMW, through urgent medical aid): listed under healthcare but shown for it only, and
   * first, to someone who says they have no papers.
   */
  public static final String URGENT_MEDICAL_AID = "urgent_medical_aid";
  /**
   * Flag of the services that advise tenants in a conflict with their landlord (the Flemish
   * tenants' unions, the Brussels housing information centre): shown first to someone who asks
   * about a deposit, repairs or a landlord, before flats to rent.
   */
  public static final String TENANT_RIGHTS = "tenant_rights";
  /**
   * Flag of the services for someone who asks for asylum (the Immigration Office, where the
   * request is made in person, and Fedasil, which gives reception): shown first to someone who
   * asks to apply, before the municipality, which has no part in the request.
   */
  public static final String ASYLUM = "asylum";
  /**
   * Flag of the services for mental health (someone to talk to: Tele-Onthaal 106, Télé-Accueil
   * 107; care for exiles: Ulysse): listed under healthcare but shown for it only, and first, to
   * someone who asks about their mental health.
   */
  public static final String MENTAL_HEALTH = "mental_health";
  /**
   * Flag of the dentists' services (the dentist on duty in Flanders): listed under healthcare but
   * shown for it only, and first, to someone who asks for a dentist.
   */
  public static final String DENTIST = "dentist";
  /**
   * Flag of the services for social housing (the Flemish central registration register): listed
   * under housing but shown for it only, and first, to someone who asks for social housing. The
   * Brussels SLRB / BGHM is not flagged: it stays among the Region's three housing references for
   * everyone, where hiding it left a family of five in Forest with an expat network instead.
   */
  public static final String SOCIAL_HOUSING = "social_housing";
  /**
   * Flag of the help lines for violence (1712, Écoute violences conjugales): listed under social
   * assistance too, but shown for it only to someone who asks about violence; violence itself is
   * answered as an emergency, with these lines by region.
   */
  public static final String VIOLENCE = "violence";
  /**
   * Flag of the services for LGBTQI+ people (Merhaba, for those with a migration background, and
   * the RainbowHouse in Brussels; Lumi, the listening line in Flanders and Brussels): listed under
   * legal help, meeting people, community organisations, residence and care, but shown for them
   * only, and first, to someone who says they are LGBTQI+.
   */
  public static final String LGBTQI = "lgbtqi";
  /**
   * Flag of the centres for victims of human trafficking and labour exploitation (PAG-ASA, Sürya,
   * Payoke, the three centres' line): listed under legal help, work and residence, but shown for
   * them only, and first, to someone whose employer keeps their passport or who names
   * exploitation.
   */
  public static final String EXPLOITATION = "exploitation";
  /**
   * Flag of the police's online desk for complaints (Police-on-web): listed under legal help but
   * shown for it only, and first, to someone who says something was stolen or asks how to file a
   * complaint with the police.
   */
  public static final String POLICE_REPORT = "police_report";
  /**
   * Flag of the services for people with a disability (the federal DG Persons with Disabilities,
   * which recognises a disability and pays allowances; the regions' agencies: VAPH, handicap.brussels,
   * AVIQ): listed under social assistance, but shown only, and first, to someone who names a
   * disability.
   */
  public static final String DISABILITY = "disability";
  /**
   * What someone who asks for an interpreter asks for first: no actor carries this flag (the
   * service the person goes to books the interpreter), so asking for it only puts a line on how to
   * get one before the answer, and the cards keep their order.
   */
  public static final String INTERPRETER = "interpreter";
  /**
   * What someone who asks how to declare a birth asks for first: no actor carries this flag (the
   * person's own municipality, which records births, already comes first), so asking for it only
   * puts a line on declaring the birth before the answer.
   */
  public static final String BIRTH = "birth";

  public Actor {
    topics = List.copyOf(topics);
    languages = List.copyOf(languages);
    flags = Set.copyOf(flags);
    referenceFor = List.copyOf(referenceFor);
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

  /**
   * The name to show a reader: the record's name in their language where it has one (a service
   * known by a descriptive English name, "112 - European emergency number"), else its own name.
   */
  public String name(Language language) {
    return names.has(language) ? names.in(language) : name;
  }

  public boolean hasEnded() {
    return flags.contains("project_ended_2020_06");
  }

  /** The public reference service for a topic where it serves (VDAB for jobs in Flanders...). */
  public boolean isReferenceFor(Topic topic) {
    return referenceFor.contains(topic);
  }

  /** A reference service for any topic. */
  public boolean isReference() {
    return !referenceFor.isEmpty();
  }

  /** The user's own municipality's office (town hall, CPAS/OCMW) when it serves their place. */
  public boolean isMunicipalOffice() {
    return flags.contains(MUNICIPAL_OFFICE);
  }

  /**
   * Someone can reach it: a phone, an e-mail, a website or a street address, or it is a
   * municipality's own office, which a map search finds by its name.
   */
  public boolean isReachable() {
    return !phone.isBlank() || !email.isBlank() || !website.isBlank() || !address.isBlank()
        || isMunicipalOffice();
  }
}
