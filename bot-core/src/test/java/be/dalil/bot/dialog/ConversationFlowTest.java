package be.dalil.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.Assistant;
import be.dalil.bot.Fixtures;
import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.conversation.InMemoryConversationStore;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.bot.message.Reply;
import be.dalil.bot.message.ReplyPart;
import be.dalil.bot.nlu.Interpreter;
import be.dalil.bot.nlu.Understanding;
import be.dalil.i18n.Language;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.Scope;
import be.dalil.knowledge.Topic;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Multi-turn conversations through the engine's one entry point. */
class ConversationFlowTest {

  private static final AtomicInteger IDS = new AtomicInteger();
  private final InMemoryConversationStore store =
      new InMemoryConversationStore(Duration.ofDays(30), Clock.systemUTC());
  private final Assistant assistant = Assistant.create(TestKnowledge.get(), store,
      Clock.systemUTC(), 3);
  private final ConversationId id = new ConversationId("test-" + IDS.incrementAndGet());

  private Reply say(String text) {
    return assistant.handle(Incoming.text(id, text));
  }

  private static String texts(Reply reply) {
    StringBuilder out = new StringBuilder();
    for (ReplyPart part : reply.parts()) {
      if (part instanceof ReplyPart.Text t) {
        out.append(t.text()).append('\n');
      } else if (part instanceof ReplyPart.RequestLocation r) {
        out.append(r.text()).append('\n');
      }
    }
    return out.toString();
  }

  private static String place(Reply reply) {
    return reply.place().map(p -> p.municipality().id()).orElse("?");
  }

  /** Topic, then place, then another topic, then another place, in each language. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|how do i register at the town hall|I live in Schaerbeek|and where can I find a doctor|and in Ghent?",
      "fr|comment m'inscrire à la commune|j'habite à Schaerbeek|je cherche un médecin généraliste|et à Gand ?",
      "nl|hoe schrijf ik me in bij de gemeente|ik woon in Schaarbeek|ik zoek een huisarts|en in Gent?",
      "ar|كيف أسجل في البلدية|أسكن في سكاربيك|أبحث عن طبيب عام|وفي غنت؟",
  })
  void keepsThePlaceAcrossTopicsAndTheTopicAcrossPlaces(String lang, String topic1, String place1,
      String topic2, String place2) {
    Language language = Language.fromCode(lang).orElseThrow();

    Reply first = say(topic1);
    assertThat(first.language()).isEqualTo(language);
    assertThat(first.intent()).isEqualTo(Topic.REGISTER_MUNICIPALITY);
    assertThat(first.place()).isEmpty();
    assertThat(first.parts()).anyMatch(p -> p instanceof ReplyPart.RequestLocation);
    assertThat(first.actors()).isEmpty();

    Reply second = say(place1);
    assertThat(second.language()).isEqualTo(language);
    assertThat(place(second)).isEqualTo("schaerbeek");
    // The message only gives a place; the reply answers the remembered topic.
    assertThat(second.intent()).isEqualTo(Topic.PROVIDE_LOCATION);
    assertThat(second.topic()).contains(Topic.REGISTER_MUNICIPALITY);
    assertThat(second.actors()).isNotEmpty();

    Reply third = say(topic2);
    assertThat(third.intent()).isEqualTo(Topic.HEALTHCARE);
    assertThat(place(third)).isEqualTo("schaerbeek");
    assertThat(third.parts()).noneMatch(p -> p instanceof ReplyPart.RequestLocation);
    assertThat(third.actors()).isNotEmpty();

    Reply fourth = say(place2);
    assertThat(fourth.topic()).contains(Topic.HEALTHCARE);
    assertThat(place(fourth)).isEqualTo("gent");
    assertThat(fourth.language()).isEqualTo(language);
    assertThat(fourth.actors()).anySatisfy(m ->
        assertThat(m.distanceKm()).hasValueSatisfying(d -> assertThat(d).isLessThan(30)));
  }

  @Test
  void answersInArabicWhenWrittenInArabizi() {
    Reply reply = say("bghit n9ra lholandia f anvers");
    assertThat(reply.language()).isEqualTo(Language.AR);
    assertThat(reply.intent()).isEqualTo(Topic.LEARN_DUTCH);
    assertThat(place(reply)).isEqualTo("antwerpen");
    assertThat(texts(reply)).containsPattern("\\p{IsArabic}");
  }

  @Test
  void doesNotSwitchLanguageOnAShortWord() {
    say("where can i find a flat to rent");
    Reply merci = say("merci");
    assertThat(merci.language()).isEqualTo(Language.EN);
    Reply place = say("Molenbeek");
    assertThat(place.language()).isEqualTo(Language.EN);
  }

  @Test
  void switchesLanguageWhenAsked() {
    say("hello");
    Reply reply = say("can you speak arabic please");
    assertThat(reply.intent()).isEqualTo(Topic.CHANGE_LANGUAGE);
    assertThat(reply.language()).isEqualTo(Language.AR);
    Reply next = say("ok");
    assertThat(next.language()).isEqualTo(Language.AR);
  }

  /** Found trying Dalil as a newcomer: the question was answered, but in English. */
  @Test
  void answersAQuestionInTheLanguageAskedAndKeepsIt() {
    Reply reply = say("where do I register in Schaerbeek? answer in arabic please");
    assertThat(reply.intent()).isEqualTo(Topic.REGISTER_MUNICIPALITY);
    assertThat(reply.language()).isEqualTo(Language.AR);
    assertThat(place(reply)).isEqualTo("schaerbeek");
    // Chosen, as after "can you speak arabic": a short message does not switch away from it.
    Reply next = say("ok thanks");
    assertThat(next.language()).isEqualTo(Language.AR);
  }

  @Test
  void switchesLanguageFromATappedButton() {
    Reply reply = assistant.handle(Incoming.payload(id, Payload.parse("lang:nl")));
    assertThat(reply.language()).isEqualTo(Language.NL);
    assertThat(texts(reply)).contains("Nederlands");
  }

  @Test
  void answersAboutTheCommuneNamedAfterAnElidedDe() {
    Reply reply = say("comment m'inscrire à la commune d'Anderlecht");
    assertThat(place(reply)).isEqualTo("anderlecht");
    assertThat(reply.intent()).isEqualTo(Topic.REGISTER_MUNICIPALITY);
    assertThat(reply.parts()).noneMatch(p -> p instanceof ReplyPart.RequestLocation);
    assertThat(reply.actors()).isNotEmpty();

    assertThat(place(say("et le CPAS d’Etterbeek ?"))).isEqualTo("etterbeek");
  }

  @Test
  void answersATappedTopicWithTheRememberedPlace() {
    say("I live in Leuven");
    Reply reply = assistant.handle(Incoming.payload(id, Payload.parse("topic:housing")));
    assertThat(reply.intent()).isEqualTo(Topic.HOUSING);
    assertThat(place(reply)).isEqualTo("leuven");
    assertThat(reply.confidence()).isEqualTo(1.0);
  }

  @Test
  void usesASharedLocation() {
    say("je cherche un cours de français");
    Reply reply = assistant.handle(new Incoming(id, "", Optional.empty(), Optional.empty(),
        Optional.of(new GeoPoint(50.8466, 4.3528)), Optional.empty()));
    assertThat(place(reply)).isEqualTo("bruxelles");
    assertThat(reply.intent()).isEqualTo(Topic.PROVIDE_LOCATION);
    assertThat(reply.topic()).contains(Topic.LEARN_FRENCH);
    assertThat(reply.language()).isEqualTo(Language.FR);
    assertThat(reply.actors()).isNotEmpty();
  }

  @Test
  void saysALocationOutsideBelgiumIsNotUsedAndKeepsTheRememberedPlace() {
    say("je cherche un cours de français à Ixelles");
    Reply reply = assistant.handle(new Incoming(id, "", Optional.empty(), Optional.empty(),
        Optional.of(new GeoPoint(0, 0)), Optional.empty()));
    assertThat(texts(reply)).contains("pas en Belgique");
    assertThat(reply.actors()).isEmpty();
    assertThat(reply.parts()).anyMatch(p -> p instanceof ReplyPart.RequestLocation);
    assertThat(store.load(id).orElseThrow().place().orElseThrow().municipalityId())
        .isEqualTo("ixelles");
  }

  /**
   * "my husband hits me, where can I go" was a question about doctors, and the same with "in
   * Brussels" a question back ("help near me?"): a clause that names a danger counts in a short
   * message too, not only in a long one's sentences.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "help my husband is hitting me",
      "my husband hits me, where can I go",
      "mijn vriend slaat me, waar kan ik heen?",
      "mon mari me frappe, je peux aller où ?",
  })
  void givesTheEmergencyNumbersFirstWithoutAskingAnything(String message) {
    Reply reply = say(message);
    assertThat(reply.intent()).isEqualTo(Topic.EMERGENCY);
    assertThat(texts(reply)).contains("112");
    assertThat(reply.parts()).noneMatch(p -> p instanceof ReplyPart.RequestLocation);
  }

  /**
   * A sick wife gets 112 and the GP on duty, a poisoned child the poison centre, a beaten woman
   * the police, in every language: not one list of every number, police and child abuse line first
   * (issue 11's "mrati mrida bzaf" got 112, 101 and 1712, and no 1733 anywhere).
   */
  @ParameterizedTest(name = "{2}")
  @MethodSource("emergencies")
  void namesTheRightNumbersFirstForTheKindOfEmergency(String first, String cards,
      String message) {
    Reply reply = say(message);

    assertThat(reply.intent()).isEqualTo(Topic.EMERGENCY);
    String firstText = reply.parts().stream().filter(ReplyPart.Text.class::isInstance)
        .map(p -> ((ReplyPart.Text) p).text()).findFirst().orElseThrow();
    assertThat(PhoneNumbers.in(firstText)).first().isEqualTo(PhoneNumbers.in(first).get(0));
    List<String> expected = PhoneNumbers.in(cards);
    assertThat(reply.actors()).hasSizeGreaterThanOrEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(PhoneNumbers.in(reply.actors().get(i).actor().phone()))
          .as("card %d of %s", i + 1, reply.actors().stream().map(m -> m.actor().phone()).toList())
          .contains(expected.get(i));
    }
  }

  /** A sick child's family needs 112 and the GP on duty, not the police or the abuse line too. */
  @Test
  void showsOnlyTheNamedNumbersWhereHelpLinesDoNotHelp() {
    Reply sick = say("my father collapsed at home in Ghent and he is very pale");
    assertThat(sick.actors()).extracting(m -> m.actor().phone()).containsExactly("112", "1733");

    Reply beaten = say("mon mari me frappe, on habite à Ixelles");
    assertThat(beaten.actors()).hasSize(3);
    assertThat(beaten.actors()).extracting(m -> m.actor().phone())
        .containsExactly("101", "112", "+32 800 30 030");
  }

  static List<Arguments> emergencies() throws IOException {
    return Fixtures.tsv("emergencies/first-numbers.tsv").stream()
        .map(f -> Arguments.of(f.get(0), f.get(1), f.get(2))).toList();
  }

  /**
   * A Brussels tenant whose landlord keeps the deposit got three expat websites (Bright Expats,
   * Expats in Brussels...): the region's own housing services come first now.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "mon proprio refuse de rendre ma garantie locative, j'habite à Saint-Gilles",
      "my landlord won't fix the damp in my flat in Schaerbeek",
      "ik zoek een sociale woning in Anderlecht",
      "صاحب الشقة يرفض إرجاع الضمان، أسكن في مولنبيك",
  })
  void showsTheBrusselsHousingServicesBeforeExpatWebsites(String message) {
    Reply reply = say(message);

    assertThat(reply.intent()).isEqualTo(Topic.HOUSING);
    assertThat(reply.actors()).isNotEmpty();
    assertThat(reply.actors().get(0).actor().domain()).isEqualTo("public_service");
    assertThat(reply.actors().get(0).actor().referenceFor()).contains(Topic.HOUSING);
  }

  /**
   * Found trying Dalil as a newcomer (2026-12-03): "je viens d'arriver à Etterbeek, je dois
   * m'inscrire à la commune" got the town hall, then a volunteers' group in Anderlecht and a
   * booklet, while the reply's own text sends people to a welcome office (BAPA or bon).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Bonjour, je viens d'arriver à Etterbeek, je dois m'inscrire à la commune, comment faire ?",
      "how do I register my address in Ixelles",
      "ik moet me inschrijven bij de gemeente in Jette",
      "كيف أسجل عنواني في بلدية أندرلخت",
  })
  void showsTheTownHallThenAWelcomeOfficeToRegisterInBrussels(String message) {
    Reply reply = say(message);

    assertThat(reply.intent()).isEqualTo(Topic.REGISTER_MUNICIPALITY);
    assertThat(reply.actors()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(reply.actors().get(0).actor().isMunicipalOffice()).isTrue();
    assertThat(reply.actors().get(1).actor().referenceFor())
        .contains(Topic.REGISTER_MUNICIPALITY, Topic.CIVIC_INTEGRATION);
  }

  @Test
  void givesTheGeneralListWhenTheKindOfEmergencyIsNotClear() {
    Reply reply = say("help!! urgent, I am in Ghent");

    assertThat(reply.intent()).isEqualTo(Topic.EMERGENCY);
    String firstText = reply.parts().stream().filter(ReplyPart.Text.class::isInstance)
        .map(p -> ((ReplyPart.Text) p).text()).findFirst().orElseThrow();
    assertThat(firstText).startsWith("112: ambulance and fire brigade.");
  }

  @Test
  void pointsToTheNearestWelcomeOfficeForAHumanCounsellor() {
    Reply reply = say("I want to talk to a real person in Antwerp");
    assertThat(reply.intent()).isEqualTo(Topic.HUMAN_COUNSELLOR);
    assertThat(reply.actors()).isNotEmpty();
    assertThat(reply.actors().get(0).actor().topics()).contains(Topic.CIVIC_INTEGRATION);
  }

  @Test
  void admitsWhatItCannotDoAndOffersTheMenu() {
    Reply reply = say("who will win the champions league this year");
    assertThat(reply.intent()).isEqualTo(Topic.OUT_OF_SCOPE);
    assertThat(reply.parts()).anyMatch(p -> p instanceof ReplyPart.QuickReplies q
        && q.options().size() >= 10);
  }

  @Test
  void greetsThanksAndSaysGoodbye() {
    assertThat(say("salam").intent()).isEqualTo(Topic.GREETING);
    assertThat(say("thank you so much").intent()).isEqualTo(Topic.THANKS);
    assertThat(say("bye bye").intent()).isEqualTo(Topic.GOODBYE);
  }

  @Test
  void opensACounsellorLinkOnItsLanguagePlaceAndTopic() {
    Reply reply = assistant.handle(
        Incoming.payload(id, Payload.parse("start:ar-learn_dutch-gent")));
    assertThat(reply.language()).isEqualTo(Language.AR);
    assertThat(reply.intent()).isEqualTo(Topic.LEARN_DUTCH);
    assertThat(place(reply)).isEqualTo("gent");
    assertThat(reply.actors()).isNotEmpty();
    assertThat(reply.parts()).noneMatch(p -> p instanceof ReplyPart.RequestLocation);
  }

  @Test
  void forgetsEverythingOnRequest() {
    say("ik woon in Gent");
    assertThat(store.load(id)).isPresent();
    Reply reply = assistant.handle(Incoming.payload(id, new Payload.Forget()));
    assertThat(store.load(id)).isEmpty();
    assertThat(reply.parts()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"forget me", "Please delete my data.", "oubliez-moi s'il vous plaît",
      "Supprimez mes données svp", "Vergeet mij aub", "verwijder mijn gegevens",
      "احذف بياناتي من فضلك", "msa7 les données dyali", "/forget"})
  void offersToForgetWhenAskedInWordsAndForgetsAtTheTap(String request) {
    say("ik woon in Gent");
    Reply offer = say(request);
    assertThat(offer.intent()).isEqualTo(Topic.HELP);
    assertThat(quickReplies(offer)).contains("forget");
    assertThat(store.load(id)).isPresent();
    assistant.handle(Incoming.payload(id, Payload.parse("forget")));
    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void offersNoForgettingToSomeoneWhoForgotSomething() {
    assertThat(quickReplies(say("I forgot the name of the town hall in Gent, where do I register?")))
        .doesNotContain("forget");
    assertThat(quickReplies(say("ik ben mijn gegevens vergeten voor de gemeente")))
        .doesNotContain("forget");
  }

  @Test
  void answersAnEmergencyBeforeAnOfferToForget() {
    Reply reply = say("delete my data, my son is not breathing");
    assertThat(reply.intent()).isEqualTo(Topic.EMERGENCY);
    assertThat(quickReplies(reply)).doesNotContain("forget");
  }

  /**
   * Found trying Dalil as a newcomer: "khdma f Liège" (a job in Liège) offered "Learn Dutch" next,
   * in French-speaking Wallonia.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "khdma f Liège|topic:learn_french|topic:learn_dutch",
      "je cherche du travail à Namur|topic:learn_french|topic:learn_dutch",
      "werk zoeken in Brugge|topic:learn_dutch|topic:learn_french",
      "my diploma from Morocco, I live in Gent|topic:learn_dutch|topic:learn_french",
  })
  void offersToLearnTheLanguageOfTheRegionNotTheOther(String message, String offered,
      String notOffered) {
    assertThat(quickReplies(say(message))).contains(offered).doesNotContain(notOffered);
  }

  @Test
  void offersBothLanguagesToLearnInBrussels() {
    assertThat(quickReplies(say("my diploma from Morocco, I live in Ixelles")))
        .contains("topic:learn_dutch", "topic:learn_french");
  }

  private static List<String> quickReplies(Reply reply) {
    return reply.parts().stream().filter(p -> p instanceof ReplyPart.QuickReplies)
        .flatMap(p -> ((ReplyPart.QuickReplies) p).options().stream())
        .map(ReplyPart.QuickReply::payload).toList();
  }

  @Test
  void storesNoMessageTextAndRoundsASharedLocation() {
    assistant.handle(new Incoming(id, "my name is Fatima and I need a doctor", Optional.empty(),
        Optional.empty(), Optional.of(new GeoPoint(50.86712, 4.37734)), Optional.empty()));
    ConversationState state = store.load(id).orElseThrow();
    assertThat(state.toString()).doesNotContain("Fatima").doesNotContain("doctor");
    assertThat(state.place().orElseThrow().point()).isEqualTo(new GeoPoint(50.87, 4.38));
  }

  @Test
  void showsTheMenuAsQuickReplies() {
    Reply reply = say("what can you do");
    assertThat(reply.intent()).isEqualTo(Topic.HELP);
    List<String> options = quickReplies(reply);
    assertThat(options).contains("topic:register_municipality", "topic:learn_dutch");
    // An emergency comes first in every menu, not as button 19 of 20.
    assertThat(options.get(0)).isEqualTo("topic:emergency");
  }

  /**
   * Found trying Dalil as a newcomer: a message asking two things got only the first answered,
   * with no way to the second but the full menu.
   */
  @Test
  void offersTheSecondQuestionOfAMessageFirstAmongTheButtons() {
    Reply reply = say("Hi, we moved to Leuven last week from Morocco for my job in IT. My wife and"
        + " two kids are with me. Where do we register our address and how do we find a family"
        + " doctor?");

    assertThat(reply.topic()).contains(Topic.REGISTER_MUNICIPALITY);
    assertThat(texts(reply)).contains("also asks about").contains("Doctors and care");
    ReplyPart.QuickReplies buttons = reply.parts().stream()
        .filter(p -> p instanceof ReplyPart.QuickReplies).map(p -> (ReplyPart.QuickReplies) p)
        .findFirst().orElseThrow();
    assertThat(buttons.options().get(0).payload())
        .isEqualTo(new Payload.ShowTopic(Topic.HEALTHCARE).encode());
  }

  /**
   * Found trying Dalil as a newcomer: "What are the first things I need to do? Register, bank,
   * insurance?" got registration, with no button for the bank; a list of three got one answer.
   */
  @Test
  void offersEveryTopicOfAListAfterTheFirst() {
    Reply reply = say("Je viens d'arriver à Gand. Je dois faire : commune, banque, mutuelle,"
        + " école pour les enfants");

    assertThat(reply.topic()).contains(Topic.REGISTER_MUNICIPALITY);
    assertThat(texts(reply)).contains("Votre message porte aussi sur « Ouvrir un compte bancaire »,"
        + " « Mutualité » et « École et crèche »");
    assertThat(buttons(reply).options().subList(0, 3)).extracting(ReplyPart.QuickReply::payload)
        .containsExactly(new Payload.ShowTopic(Topic.BANK_ACCOUNT).encode(),
            new Payload.ShowTopic(Topic.HEALTH_INSURANCE).encode(),
            new Payload.ShowTopic(Topic.EDUCATION_CHILDREN).encode());
  }

  /**
   * Found trying Dalil as a newcomer: "register and find a health fund" in Anderlecht got the
   * health fund alone, whose answer itself says to register first; registration had no button.
   */
  @Test
  void answersRegistrationFirstAndOffersTheHealthFundNext() {
    Reply reply = say("Bonjour, je viens d'arriver à Anderlecht avec ma famille. Je dois"
        + " m'inscrire à la commune et trouver une mutuelle, comment faire ?");

    assertThat(reply.topic()).contains(Topic.REGISTER_MUNICIPALITY);
    assertThat(buttons(reply).options().get(0).payload())
        .isEqualTo(new Payload.ShowTopic(Topic.HEALTH_INSURANCE).encode());
  }

  /**
   * Found trying Dalil as a newcomer: "doctor in Hasselt who speaks English" got an English
   * website about living in Belgium instead of the services that help find a GP; a website is no
   * one who speaks the language, so the reply says it knows none and shows those services.
   */
  @Test
  void doesNotTakeAWebsiteForADoctorWhoSpeaksTheLanguage() {
    Reply reply = say("doctor in Hasselt who speaks English");

    assertThat(reply.topic()).contains(Topic.HEALTHCARE);
    assertThat(texts(reply)).contains("that can help you in English");
    assertThat(reply.actors()).extracting(a -> a.actor().scope()).doesNotContain(Scope.ONLINE);
  }

  /**
   * Found trying Dalil as a newcomer: "I'm homeless in Brussels, I have nowhere to sleep tonight"
   * got advice on rental websites and deposits only, and "I am homeless in Antwerp, where can I
   * sleep tonight" a private rental agency as its first card. Someone without a roof gets the
   * social welfare answer first (the Samusocial's free number in Brussels, the CAW's emergency
   * shelter in Flanders) with the OCMW and the CAW as cards; finding a home is offered after it.
   */
  @Test
  void tellsSomeoneWithNowhereToSleepWhereToGoTonight() {
    Reply brussels = say("I'm homeless in Brussels, I have nowhere to sleep tonight");
    assertThat(brussels.topic()).contains(Topic.SOCIAL_WELFARE);
    assertThat(texts(brussels)).contains("Samusocial", "0800 99 340")
        .doesNotContain("Immoweb");
    assertThat(quickReplies(brussels).get(0)).isEqualTo("topic:housing");
    // The services that find a bed tonight ("shelter" in the data) right after the CPAS.
    assertThat(actorIds(brussels)).startsWith("social-welfare-bruxelles", "samusocial-brussels");

    Reply antwerp = say("I am homeless in Antwerp, where can I sleep tonight");
    assertThat(antwerp.topic()).contains(Topic.SOCIAL_WELFARE);
    assertThat(texts(antwerp)).contains("noodopvang", "also asks about");
    assertThat(actorIds(antwerp)).startsWith("social-welfare-antwerpen", "caw-antwerpen");
  }

  /** Someone with a roof who asks for social assistance gets the shelters where they rank. */
  @Test
  void showsTheSheltersFirstOnlyToSomeoneWithoutARoof() {
    Reply reply = say("social assistance in Brussels");
    assertThat(reply.topic()).contains(Topic.SOCIAL_WELFARE);
    assertThat(actorIds(reply)).startsWith("social-welfare-bruxelles",
        "caw-centrum-algemeen-welzijnswerk");
  }

  /**
   * Found trying Dalil as a newcomer: "mijn kind is ziek het is zondag avond, Hasselt" got the
   * community health centres first and the GP on duty third. Said when the usual services are
   * closed, a health question gets the services on duty first; asked without a time, the usual
   * order stays (a GP of one's own before the GP on duty).
   */
  @Test
  void showsTheServicesOnDutyFirstWhenAHealthQuestionIsAskedWhileOthersAreClosed() {
    Reply sunday = say("mijn kind is ziek het is zondag avond, Hasselt");
    assertThat(sunday.topic()).contains(Topic.HEALTHCARE);
    assertThat(actorIds(sunday)).startsWith("huisartsenwachtposten-vlaanderen", "gp-on-duty-1733");

    Reply darija = say("wldi mrid o lyoum nhar l7ed, fin nmchi f Gent");
    assertThat(actorIds(darija)).startsWith("huisartsenwachtposten-vlaanderen", "gp-on-duty-1733");

    // The answer starts with what to do when the GP is closed.
    assertThat(texts(sunday)).startsWith("Is de praktijk van je huisarts dicht");

    Reply daytime = say("I need a GP in Hasselt");
    assertThat(actorIds(daytime)).startsWith("vereniging-wijkgezondheidscentra");
    assertThat(texts(daytime)).doesNotContain("Is your GP closed");
  }

  /**
   * Found trying Dalil as a newcomer: "kinderbijslag aanvragen Antwerpen" got the OCMW and the
   * CAW, without Groeipakket, which pays the family allowance in Flanders. It now comes right
   * after the person's own OCMW/CPAS, as Iriscare does in Brussels.
   */
  /**
   * Found trying Dalil as a newcomer: "kinderbijslag aanvragen Antwerpen" started by explaining
   * both Flanders' and Brussels' family allowance; someone in Antwerp needs Flanders' only.
   */
  @Test
  void explainsTheFamilyAllowanceOfThePersonsOwnRegion() {
    assertThat(texts(say("kinderbijslag aanvragen Antwerpen")))
        .startsWith("In Vlaanderen heet de kinderbijslag Groeipakket").doesNotContain("Iriscare");
    assertThat(texts(say("allocations familiales à Schaerbeek")))
        .startsWith("À Bruxelles, c'est Iriscare").doesNotContain("Groeipakket");
    Reply liege = say("allocations familiales à Liège");
    assertThat(texts(liege)).startsWith("En Wallonie, les allocations familiales")
        .doesNotContain("Iriscare");
    assertThat(actorIds(liege)).startsWith("famiwal");
  }

  @Test
  void showsTheFamilyAllowanceServiceOfTheRegionFirstWhenAskedAboutIt() {
    assertThat(actorIds(say("kinderbijslag aanvragen Antwerpen")))
        .startsWith("social-welfare-antwerpen", "groeipakket");
    assertThat(actorIds(say("allocations familiales à Schaerbeek")))
        .startsWith("social-welfare-schaerbeek", "iriscare");
  }

  /**
   * Found trying Dalil as a newcomer: "hoe kan ik mijn rijbewijs omruilen in Brugge" got De Lijn
   * and the NMBS, though the town hall exchanges a foreign licence. A bus question does not get
   * the town hall.
   */
  @Test
  void showsTheOwnTownHallFirstForADrivingLicenceButNotForABusTicket() {
    assertThat(actorIds(say("hoe kan ik mijn rijbewijs omruilen in Brugge")))
        .startsWith("town-hall-brugge");
    assertThat(actorIds(say("bghit nbdl permis dyali lmaghribi b permis belge f Schaerbeek")))
        .startsWith("town-hall-schaerbeek");
    assertThat(actorIds(say("wfin n9dar nchri abonnement dyal tram f Antwerpen")))
        .noneMatch(id -> id.startsWith("town-hall-"));
  }

  /**
   * Found trying Dalil as a newcomer: "slm, ana 3ndi titre de séjour w bghit nbdl l3nwan dyali mn
   * anderlecht l schaerbeek, chno ndir?" (I want to move my address from Anderlecht to Schaerbeek)
   * got the Anderlecht town hall; a move is declared at the new one.
   */
  @Test
  void sendsAMoveToTheTownHallOfTheNewAddress() {
    assertThat(actorIds(say("slm, ana 3ndi titre de séjour w bghit nbdl l3nwan dyali mn anderlecht"
        + " l schaerbeek, chno ndir?"))).first().isEqualTo("town-hall-schaerbeek");
  }

  /**
   * Found trying Dalil as a newcomer: "comment faire reconnaître mon permis de conduire marocain à
   * Bruxelles ?" got the town hall, then STIB and the SNCB, which have no part in a licence.
   */
  @Test
  void showsOnlyTheTownHallForADrivingLicence() {
    assertThat(actorIds(say("comment faire reconnaître mon permis de conduire marocain à"
        + " Bruxelles ?"))).containsExactly("town-hall-bruxelles");
    assertThat(actorIds(say("hoe kan ik mijn rijbewijs omruilen in Brugge")))
        .containsExactly("town-hall-brugge");
  }

  /**
   * Found trying Dalil as a newcomer: "my wife is pregnant we just arrived in Leuven, where does
   * she go for check ups" got the GP answer and the community health centres first.
   */
  @Test
  void showsKindEnGezinAndTheOneFirstForAPregnancy() {
    Reply leuven = say("my wife is pregnant we just arrived in Leuven, where does she go for check ups");
    assertThat(actorIds(leuven)).startsWith("kind-en-gezin");
    assertThat(texts(leuven)).startsWith("Kind en Gezin (in Dutch) and the ONE (in French)");
    assertThat(actorIds(say("je suis enceinte et j'habite à Schaerbeek, quel suivi ?")))
        .contains("one-office-naissance-enfance");
  }

  /**
   * Found trying Dalil as a newcomer: "crèche Anderlecht" got the school answer, with Kind en
   * Gezin third and the ONE not at all. A question about a school gets neither first.
   */
  @Test
  void showsTheOneAndKindEnGezinFirstForACreche() {
    Reply anderlecht = say("crèche Anderlecht");
    assertThat(actorIds(anderlecht)).startsWith("one-office-naissance-enfance", "kind-en-gezin");
    assertThat(texts(anderlecht)).startsWith("Vous cherchez une crèche");
    assertThat(actorIds(say("ik zoek kinderopvang voor mijn dochter in Gent")))
        .startsWith("kind-en-gezin");
    Reply school = say("I am looking for a school for my son in Gent");
    assertThat(actorIds(school)).first().isEqualTo("meld-je-aan-gent");
    assertThat(texts(school)).doesNotContain("crèche or a childminder");
  }

  /**
   * Found trying Dalil as a newcomer: "i lost my job and i cant pay rent, im in Genk" got the VDAB
   * and two expat websites, "ik kan mijn huur niet meer betalen" rental sites, and "ma b9itch 9ader
   * nkhlles lkra" the emergency numbers. Rent one cannot pay gets the own CPAS/OCMW first, the
   * first reading also asked.
   */
  @Test
  void showsTheOwnCpasFirstForRentOneCannotPay() {
    Reply genk = say("i lost my job and i cant pay rent, im in Genk");
    assertThat(genk.topic()).contains(Topic.SOCIAL_WELFARE);
    assertThat(actorIds(genk)).first().isEqualTo("social-welfare-genk");
    assertThat(buttons(genk).options().get(0).payload())
        .isEqualTo(new Payload.ShowTopic(Topic.FIND_JOB).encode());
    assertThat(actorIds(say("ik kan mijn huur niet meer betalen, ik woon in Gent")))
        .first().isEqualTo("social-welfare-gent");
    assertThat(actorIds(say("ma b9itch 9ader nkhlles lkra, ana f Schaerbeek")))
        .first().isEqualTo("social-welfare-schaerbeek");
    assertThat(say("ik weet niet hoeveel huur ik moet betalen in Gent").topic())
        .contains(Topic.HOUSING);
  }

  /**
   * Found trying Dalil as a newcomer: "je suis sans emploi et je n'ai plus d'argent pour payer le
   * loyer, j'habite à Liège" was read as looking for a home: no money is rent one cannot pay too.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "je suis sans emploi et je n'ai plus d'argent pour payer le loyer, j'habite à Schaerbeek",
      "I have no money to pay the rent this month, I live in Schaerbeek",
      "ik heb geen geld meer om de huur te betalen, ik woon in Schaerbeek",
      "ما عندي فلوس باش نخلص الكرا، ساكن ف سكاربيك",
  })
  void showsTheOwnCpasFirstToSomeoneWithNoMoneyForTheRent(String message) {
    Reply reply = say(message);
    assertThat(reply.topic()).contains(Topic.SOCIAL_WELFARE);
    assertThat(actorIds(reply)).first().isEqualTo("social-welfare-schaerbeek");
  }

  /**
   * Found trying Dalil as a newcomer: rent one cannot pay in Liège got the line for partner
   * violence (Écoute violences conjugales) among its three cards. The violence lines come with
   * social assistance only to someone who asks about violence; violence is an emergency.
   */
  @Test
  void showsNoViolenceLineForMoneyProblems() {
    assertThat(actorIds(say("je suis sans emploi et je n'ai plus d'argent pour payer le loyer,"
        + " j'habite à Liège"))).doesNotContain("ecoute-violences-conjugales");
    assertThat(actorIds(say("ik kan mijn huur niet meer betalen, ik woon in Gent")))
        .doesNotContain("hulplijn-1712");
    assertThat(actorIds(say("mijn man slaat mij, waar kan ik naartoe in Antwerpen")))
        .contains("hulplijn-1712");
  }

  /**
   * Found trying Dalil as a newcomer: "je suis enceinte et j'ai rien à manger, j'habite à Namur"
   * got Wallonia's family allowance fund before the food banks, and "i have no money for food
   * tonight, im in ostend" Groeipakket third. The family allowance is shown for social assistance
   * to someone who asks about it only.
   */
  @Test
  void showsTheFamilyAllowanceForSocialAssistanceOnlyWhenAskedFor() {
    Reply namur = say("je suis enceinte et j'ai rien à manger, j'habite à Namur");
    assertThat(namur.topic()).contains(Topic.SOCIAL_WELFARE);
    assertThat(actorIds(namur)).doesNotContain("famiwal").contains("belgian-federation-food-banks");
    assertThat(actorIds(say("i have no money for food tonight, im in ostend")))
        .doesNotContain("groeipakket");
    assertThat(actorIds(say("kinderbijslag aanvragen Antwerpen"))).contains("groeipakket");
  }

  /**
   * Found trying Dalil as a newcomer: "mijn huisbaas wil mijn waarborg niet teruggeven, ik woon in
   * Gent" got a Facebook group of rooms for expats first. A conflict with a landlord gets the
   * services that advise tenants first; a search for a flat does not.
   */
  @Test
  void showsTheTenantsServicesFirstForAConflictWithALandlord() {
    Reply ghent = say("mijn huisbaas wil mijn waarborg niet teruggeven, ik woon in Gent");
    assertThat(actorIds(ghent)).first().isEqualTo("vlaams-huurdersplatform");
    assertThat(texts(ghent)).startsWith("Een probleem met je verhuurder");
    assertThat(texts(say("my landlord wants to evict me, I live in Leuven")))
        .startsWith("A problem with your landlord").contains("tenants' unions");
    assertThat(actorIds(say("mol dar ma bghach yrje3 liya la garantie, ana f Anderlecht")))
        .first().isEqualTo("bruxelles-logement");
    assertThat(texts(say("appartement à louer Ixelles"))).doesNotContain("Un problème avec votre");
  }

  /**
   * Found trying Dalil as a newcomer: "وصلت اليوم إلى بروكسل، ماذا أفعل أولا؟" (I arrived in
   * Brussels today, what do I do first?) was out of scope, "salam, jit mn lmghrib l brussel m3a
   * mrati w wladi, chno ndiro lwl?" a question about social assistance (the CPAS first), "je
   * viens d'arriver à Namur, je fais quoi en premier ?" a question back. The first step of someone
   * who has just arrived is registering at the town hall.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "وصلت اليوم إلى بروكسل، ماذا أفعل أولا؟",
      "salam, jit mn lmghrib l brussel m3a mrati w wladi, chno ndiro lwl?",
      "je viens d'arriver à Namur, je fais quoi en premier ?",
  })
  void sendsSomeoneWhoHasJustArrivedToTheTownHallFirst(String message) {
    Reply reply = say(message);
    assertThat(reply.intent()).isEqualTo(Topic.REGISTER_MUNICIPALITY);
    assertThat(reply.actors().get(0).actor().isMunicipalOffice()).isTrue();
  }

  /**
   * Found trying Dalil as a newcomer: an engineer arriving in Mechelen with a single permit who
   * asked "What do I need to do when I arrive?" read all about the permit and nothing about
   * registering within 8 working days, which gives the residence card.
   */
  @Test
  void tellsSomeoneArrivingWithASinglePermitToRegister() {
    Reply reply = say("hi, I'm a software engineer from Casablanca, I start next week at a company"
        + " in Mechelen. My employer handled the single permit. What do I need to do when I arrive?");
    assertThat(texts(reply)).contains("register at your municipality within 8 working days");
  }

  /**
   * Found trying Dalil as a newcomer: "كيف أحصل على رقم السجل الوطني في بروكسل" (how do I get the
   * national register number) was out of scope, "how do i get my national number, i live in
   * Mechelen" a question back. The number comes with registering: the town hall, and the answer
   * says so. (Asked as "رقم الضمان الاجتماعي", the social security number, it is still read as
   * housing: "الضمان" is also the rent deposit, and that reading is clear.)
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "كيف أحصل على رقم السجل الوطني في بروكسل",
      "how do i get my national number, i live in Mechelen",
      "rijksregisternummer aanvragen, ik woon in Hasselt",
  })
  void sendsSomeoneAskingForTheNationalNumberToTheTownHall(String message) {
    Reply reply = say(message);
    assertThat(reply.intent()).isEqualTo(Topic.REGISTER_MUNICIPALITY);
    assertThat(reply.actors().get(0).actor().isMunicipalOffice()).isTrue();
    assertThat(texts(reply))
        .containsAnyOf("national register number", "السجل الوطني", "rijksregisternummer");
  }

  /**
   * Found trying Dalil as a newcomer: "my kids just arrived with me in Leuven, what about their
   * education" got Kind en Gezin (pregnancy to age 3) first and the family allowance third. A
   * question about children's education that names no age or crèche gets the school services
   * first and no family allowance; the crèche and the allowance still come when asked for.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "my kids just arrived with me in Leuven, what about their education",
      "mijn kinderen zijn net aangekomen in Mechelen, wat moeten we doen voor hun onderwijs",
      "my son is 17 and wants to study at university in Leuven, what do we do",
  })
  void showsTheSchoolServicesBeforeBabyCareForChildren(String message) {
    Reply reply = say(message);
    assertThat(reply.intent()).isEqualTo(Topic.EDUCATION_CHILDREN);
    assertThat(actorIds(reply)).first().isEqualTo("onthaalonderwijs-vlaanderen");
    assertThat(actorIds(reply)).doesNotContain("groeipakket");
  }

  /**
   * Found trying Dalil as a newcomer: "ana f brugge w bghit tbib dyal snan" (I am in Bruges and
   * want a dentist) got the community health centres, the GP posts and 1733, the GP on duty, and no
   * word on dentists. A dentist asked for gets a line on finding one through the health fund, and
   * in Flanders the dentist on duty first.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "ana f brugge w bghit tbib dyal snan",
      "ik heb tandpijn en woon in Leuven, waar vind ik een tandarts?",
      "أبحث عن طبيب أسنان في غنت",
      // Read as only giving a place (the menu) before toothache was a need stated.
      "ik heb tandpijn, ik woon in Hasselt",
  })
  void showsTheDentistOnDutyFirstInFlanders(String message) {
    Reply reply = say(message);
    assertThat(reply.intent()).isEqualTo(Topic.HEALTHCARE);
    assertThat(texts(reply)).contains("0903 39 969");
    assertThat(actorIds(reply)).first().isEqualTo("dentist-on-duty-flanders");
  }

  @Test
  void givesNoFlemishDentistNumberInBrusselsNorADentistToSomeoneLookingForAGp() {
    Reply brussels = say("je cherche un dentiste à Ixelles");
    assertThat(texts(brussels)).contains("dentiste").doesNotContain("0903");
    assertThat(actorIds(brussels)).doesNotContain("dentist-on-duty-flanders");
    assertThat(actorIds(say("I need a GP in Gent"))).doesNotContain("dentist-on-duty-flanders");
  }

  /**
   * Found trying Dalil as a newcomer: "ik zoek een sociale woning in Antwerpen" got a commercial
   * rental agency first, and "كيف اقدم على سكن اجتماعي في غنت" (how do I apply for social housing
   * in Ghent) a Facebook group of rooms for expats. Social housing asked for gets a line on who may
   * apply and, in Flanders, the central registration register first.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "ik zoek een sociale woning in Antwerpen",
      "كيف اقدم على سكن اجتماعي في غنت",
      "how do I apply for social housing in Leuven",
  })
  void showsTheFlemishSocialHousingRegisterFirstToSomeoneWhoAsksForIt(String message) {
    Reply reply = say(message);
    assertThat(reply.intent()).isEqualTo(Topic.HOUSING);
    assertThat(texts(reply)).contains("www.vlaanderen.be/sociaalhuren");
    assertThat(actorIds(reply)).first().isEqualTo("sociaal-huren-vlaanderen");
  }

  @Test
  void showsNoSocialHousingToAStudentLookingForAKotNorTheFlemishRegisterInBrussels() {
    Reply student = say("looking for a kot in Leuven, max 450 euro, anyone?");
    assertThat(actorIds(student)).doesNotContain("sociaal-huren-vlaanderen");
    assertThat(texts(student)).doesNotContain("social home");
    Reply brussels = say("comment s'inscrire pour un logement social à Schaerbeek");
    assertThat(texts(brussels)).contains("SLRB").doesNotContain("vlaanderen.be");
    assertThat(actorIds(brussels)).contains("slrb-bghm").doesNotContain("sociaal-huren-vlaanderen");
  }

  /**
   * Found trying Dalil as a newcomer: "where can my kids go to school in sint-jans-molenbeek" got
   * Kind en Gezin (pregnancy to age 3) among its three cards. The agencies for babies (Kind en
   * Gezin, the ONE) come with children's education only when a crèche, a baby or a pregnancy is
   * asked about.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "where can my kids go to school in sint-jans-molenbeek",
      "ik zoek een school voor mijn kinderen in Gent",
      "je cherche une école pour mes enfants à Schaerbeek",
  })
  void showsNoBabyAgencyForASchoolQuestion(String message) {
    Reply reply = say(message);
    assertThat(reply.intent()).isEqualTo(Topic.EDUCATION_CHILDREN);
    assertThat(actorIds(reply)).doesNotContain("kind-en-gezin", "one-office-naissance-enfance");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "je cherche une crèche pour mon bébé à Anderlecht",
      "ik zoek kinderopvang voor mijn baby in Gent",
      // Darija writes "crèche" in Arabic letters; before, the agencies came third by chance.
      "كيفاش نلقا بلاصة ف الكريش ف سكاربيك، كلشي عامر",
  })
  void stillShowsTheBabyAgencyWhenACrecheIsAskedFor(String message) {
    Reply reply = say(message);
    assertThat(actorIds(reply)).first().isIn("kind-en-gezin", "one-office-naissance-enfance");
  }

  /**
   * Found trying Dalil as a newcomer: "I feel very depressed since I arrived, I live in Ixelles,
   * who can I talk to" got the federation of community health centres, its Flemish counterpart
   * and the GP on duty, and no word on psychological care; a psychologist was asked for in vain
   * in French too. Mental health gets a line on reimbursed psychologists and someone to talk to,
   * and the services for it first; a question about a GP never gets them.
   */
  @Test
  void showsSomeoneToTalkToAndPsychologicalCareForMentalHealth() {
    Reply ixelles = say("I feel very depressed since I arrived, I live in Ixelles, who can I talk to");
    assertThat(texts(ixelles)).startsWith("Feeling low, anxious");
    assertThat(actorIds(ixelles)).contains("ulysse-ssm", "tele-accueil-107");
    Reply schaerbeek = say("je suis très stressée et je dors plus, je suis à Schaerbeek, je cherche un psychologue");
    assertThat(actorIds(schaerbeek)).first().isIn("ulysse-ssm", "tele-accueil-107");
    assertThat(actorIds(say("ik zoek een psycholoog in Gent, ik ben depressief")))
        .first().isEqualTo("tele-onthaal-106");
    assertThat(actorIds(say("I need a family doctor in Gent")))
        .doesNotContain("tele-onthaal-106", "tele-accueil-107");
    assertThat(actorIds(say("je cherche un médecin généraliste à Ixelles")))
        .doesNotContain("ulysse-ssm", "tele-accueil-107");
  }

  /**
   * Found trying Dalil as a newcomer: "أريد أن أطلب اللجوء، أنا في بروكسل الآن" (I want to ask for
   * asylum) got the Brussels town hall first, where no one can ask for asylum. A request for
   * asylum gets the Immigration Office (where it is made, in person) and Fedasil (reception)
   * first; a question about the permit one has still gets the municipality.
   */
  @Test
  void showsTheImmigrationOfficeAndFedasilFirstToAskForAsylum() {
    Reply arabic = say("أريد أن أطلب اللجوء، أنا في بروكسل الآن");
    assertThat(actorIds(arabic).subList(0, 2))
        .containsExactlyInAnyOrder("immigration-office", "fedasil");
    assertThat(texts(arabic)).startsWith("لطلب اللجوء");
    for (String request : List.of("I want to apply for asylum, I am in Brussels now",
        "ik wil asiel aanvragen, ik ben nu in Antwerpen",
        "je veux demander l'asile, je suis à Liège")) {
      assertThat(actorIds(say(request)).subList(0, 2)).as(request)
          .containsExactlyInAnyOrder("immigration-office", "fedasil");
    }
    Reply renewal = say("how do I renew my residence card in Leuven");
    assertThat(actorIds(renewal)).doesNotContain("fedasil");
    assertThat(texts(renewal)).doesNotContain("Pachéco");
  }

  /**
   * Found trying Dalil as a newcomer: "je n'ai pas de papiers, est-ce que je peux voir un médecin
   * à Bruxelles" got the community health centres and the GP on duty, never the CPAS, which pays
   * for the care of people without papers; the Dutch question was read as one about the permit.
   * Care without papers gets the own CPAS/OCMW first; care alone never gets it.
   */
  @Test
  void showsTheOwnCpasFirstForCareWithoutPapers() {
    Reply brussels = say("je n'ai pas de papiers, est-ce que je peux voir un médecin à Bruxelles");
    assertThat(actorIds(brussels)).first().isEqualTo("social-welfare-bruxelles");
    assertThat(texts(brussels)).startsWith("Pas de titre de séjour ?");
    Reply antwerp = say("ik heb geen verblijfsvergunning, kan ik naar de dokter in Antwerpen");
    assertThat(antwerp.topic()).contains(Topic.HEALTHCARE);
    assertThat(actorIds(antwerp)).first().isEqualTo("social-welfare-antwerpen");
    assertThat(buttons(antwerp).options().get(0).payload())
        .isEqualTo(new Payload.ShowTopic(Topic.RESIDENCE_PERMIT).encode());
    assertThat(actorIds(say("ma3ndich lwra9, wach n9der nmchi l tbib f Anvers")))
        .first().isEqualTo("social-welfare-antwerpen");
    assertThat(actorIds(say("I don't have papers, can I see a doctor in Gent")))
        .first().isEqualTo("social-welfare-gent");
    assertThat(actorIds(say("I need a family doctor in Gent")))
        .doesNotContain("social-welfare-gent");
    assertThat(say("I have no residence permit, how can I get one in Gent").topic())
        .contains(Topic.RESIDENCE_PERMIT);
  }

  /**
   * Found trying Dalil as a newcomer: "my son is 8, how do I enrol him in school in Genk" got
   * Kind en Gezin (pregnancy to age 3), the family allowance and an expat website, nothing about
   * school. A school question gets the Flemish page on school for newcomer children first in
   * Flanders, the enrolment services of Brussels there; a crèche still gets Kind en Gezin.
   */
  @Test
  void showsTheSchoolServicesFirstWhenAskedForASchool() {
    Reply genk = say("my son is 8, how do I enrol him in school in Genk");
    assertThat(actorIds(genk)).first().isEqualTo("onthaalonderwijs-vlaanderen");
    assertThat(texts(genk)).startsWith("Every child who lives in Belgium");
    assertThat(actorIds(say("waar kan ik mijn dochter inschrijven in een school in Hasselt")))
        .first().isEqualTo("onthaalonderwijs-vlaanderen");
    assertThat(actorIds(say("bghit nsjel wldi f lmadrasa f Mechelen")))
        .first().isEqualTo("onthaalonderwijs-vlaanderen");
    // In Brussels both communities' schools; for nursery and primary school, French-speaking
    // schools enrol at the school itself (a French question got only the first year of
    // secondary school on the French-speaking side).
    assertThat(actorIds(say("je cherche une école pour ma fille à Schaerbeek")))
        .startsWith("enseignement-be", "inschrijven-in-brussel");
    assertThat(actorIds(say("ik zoek kinderopvang voor mijn zoontje in Hasselt")))
        .first().isEqualTo("kind-en-gezin");
  }

  /**
   * Found trying Dalil as a newcomer: "mon fils a 13 ans et ne parle pas néerlandais, où
   * l'inscrire à Hasselt" was read as a question about learning Dutch and got courses for adults.
   * One's child to enrol makes it a school question, the language also asked; a parent's own
   * course stays one.
   */
  @Test
  void readsAChildToEnrolWhoDoesNotSpeakTheLanguageAsASchoolQuestion() {
    Reply french = say("mon fils a 13 ans et ne parle pas néerlandais, où l'inscrire à Hasselt");
    assertThat(french.topic()).contains(Topic.EDUCATION_CHILDREN);
    assertThat(actorIds(french)).first().isEqualTo("onthaalonderwijs-vlaanderen");
    assertThat(buttons(french).options().get(0).payload())
        .isEqualTo(new Payload.ShowTopic(Topic.LEARN_DUTCH).encode());
    assertThat(say("wldi 3ando 13 3am ma kayhder hta klma b neerlandais, fin nsajlo f Hasselt")
        .topic()).contains(Topic.EDUCATION_CHILDREN);
    assertThat(say("I have two kids and I want to register for a Dutch course in Hasselt")
        .topic()).contains(Topic.LEARN_DUTCH);
  }

  /**
   * Found trying Dalil as a newcomer: "pharmacie de garde à Ixelles" started with the doctor on
   * duty, and the pharmacy on duty came third. Without a pharmacy, the doctor on duty stays first.
   */
  @Test
  void showsThePharmacyOnDutyFirstWhenAskedForAPharmacy() {
    Reply ixelles = say("pharmacie de garde à Ixelles");
    assertThat(actorIds(ixelles)).startsWith("pharmacy-on-duty");
    assertThat(texts(ixelles)).startsWith("Toute pharmacie");
    assertThat(actorIds(say("wfin kayna saydaliya mhloula f lil f Gent")))
        .startsWith("pharmacy-on-duty");
    assertThat(actorIds(say("where can I buy medicine in Leuven"))).startsWith("pharmacy-on-duty");
    assertThat(actorIds(say("my doctor is closed tonight, I live in Etterbeek")))
        .first().isNotEqualTo("pharmacy-on-duty");
  }

  /**
   * Found trying Dalil as a newcomer: "I am gay and afraid in my asylum center" got a question
   * back (residence permit or legal help?) and no one who knows the situation. Saying one is
   * LGBTQI+ is a question about one's rights, with a line on them and the LGBTQI+ services first;
   * those services are shown to no one else, also not in a search for anything nearby, and "مثلي"
   * alone is also "like me".
   */
  @Test
  void showsTheLgbtqiServicesFirstOnlyToSomeoneWhoSaysTheyAreLgbtqi() {
    Reply afraid = say("I am gay and afraid in my asylum center in Brussels");
    assertThat(afraid.topic()).contains(Topic.LEGAL_HELP);
    assertThat(texts(afraid)).startsWith("In Belgium the law protects you");
    assertThat(actorIds(afraid)).first().isIn("merhaba-brussel", "rainbowhouse-brussels");

    Reply meet = say("je suis lesbienne, où rencontrer des gens à Bruxelles ?");
    assertThat(meet.topic()).contains(Topic.LEISURE_MEET_PEOPLE);
    assertThat(actorIds(meet)).containsAnyOf("merhaba-brussel", "rainbowhouse-brussels");

    assertThat(actorIds(say("ik ben homo en zoek mensen om mee te praten in Gent")))
        .first().isEqualTo("lumi-cavaria");
    Reply ghent = say("ana mithli w kheyf, ana f gent");
    assertThat(actorIds(ghent)).first().isEqualTo("lumi-cavaria");
    // Asking for any organisation nearby: right after the person's own municipality's offices.
    Reply nearby = say("ana mithli w 3ayech f anvers, wach kayn chi jam3iya t3awnni");
    assertThat(actorIds(nearby)).contains("lumi-cavaria");
    assertThat(texts(nearby)).startsWith("في بلجيكا، يحميك القانون");

    assertThat(actorIds(say("where can I meet people in Brussels")))
        .doesNotContain("merhaba-brussel", "rainbowhouse-brussels");
    assertThat(actorIds(say("which organisations can help me near Jette")))
        .doesNotContain("merhaba-brussel", "rainbowhouse-brussels");
    assertThat(say("ما هي الخدمات في بروج لأشخاص مثلي").topic())
        .isNotEqualTo(Optional.of(Topic.LEGAL_HELP));
  }

  /**
   * Found trying Dalil as a newcomer: "my employer makes me work 60 hours and keeps my passport,
   * Brussels" got a question back (a job or a work permit?), and the French, Dutch and Arabic
   * versions an emergency without any number for it. An employer who keeps one's passport is a
   * question about one's rights, with the centres for victims of trafficking first; unpaid wages
   * alone are a labour dispute, and a danger named stays an emergency.
   */
  @Test
  void showsTheCentresForVictimsOfTraffickingFirstWhenTheEmployerKeepsThePassport() {
    Reply brussels = say("my employer makes me work 60 hours and keeps my passport, Brussels");
    assertThat(brussels.topic()).contains(Topic.LEGAL_HELP);
    assertThat(texts(brussels)).startsWith("Does your employer keep your passport");
    assertThat(actorIds(brussels)).first().isEqualTo("pag-asa-brussel");

    assertThat(actorIds(say("mon patron garde mon passeport et ne me paie pas, je suis à Anvers")))
        .first().isEqualTo("payoke-antwerpen");
    assertThat(actorIds(say("صاحب العمل أخذ جواز سفري ولا يدفع لي راتبي، أنا في أنتويرب")))
        .first().isEqualTo("payoke-antwerpen");
    assertThat(actorIds(say("mon patron garde mon passeport, j'habite à Liège")))
        .first().isEqualTo("surya-liege");

    assertThat(actorIds(say("my boss doesnt pay my salary since 2 months what can i do."
        + " im in antwerp"))).doesNotContain("payoke-antwerpen");
    assertThat(say("he hits me and keeps my passport, I live in Gent").topic())
        .contains(Topic.EMERGENCY);
  }

  /**
   * Found trying Dalil as a newcomer: "où apprendre le français à Namur" and "bghit nt3lm
   * lfransawiya f liège" (I want to learn French in Liège) got the answer and no card at all. The
   * regional integration centres of Wallonia, which run the integration pathway and its French
   * courses, serve their own area.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "où apprendre le français à Namur|cri-namur-cai",
      "bghit nt3lm lfransawiya f liège|cri-liege-cripel",
      "parcours d'intégration à Charleroi, je dois faire quoi ?|cri-charleroi",
      "je cherche des cours de français à Wavre|cri-brabant-wallon",
      "où apprendre le français à Verviers|cri-verviers-crvi",
      "parcours d'intégration à Mons, c'est obligatoire ?|cri-mons-cimb",
      "cours de français à Arlon|cri-luxembourg-crilux",
  })
  void pointsToTheWalloonIntegrationCentreOfThePlace(String text, String centre) {
    assertThat(actorIds(say(text))).contains(centre);
  }

  @Test
  void keepsEachWalloonIntegrationCentreToItsArea() {
    assertThat(actorIds(say("où apprendre le français à Verviers")))
        .doesNotContain("cri-liege-cripel");
    assertThat(actorIds(say("où apprendre le français à Tournai")))
        .doesNotContain("cri-charleroi", "cri-la-louviere-ceraic");
  }

  /**
   * Found trying Dalil as a newcomer: "my son has autism, where can I find help in Antwerp" and "ik
   * zit in een rolstoel, waar kan ik hulp krijgen in Brugge" got the town hall and the OCMW as
   * organisations nearby, "mon enfant est handicapé, quelle aide à Liège ?" the food banks, "ibni
   * 3ando i3aqa, fin nl9a l3awn f bruxelles" a question back. A disability named gets how to ask
   * for recognition and support first, with the region's agency or the federal service first.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "my son has autism, where can I find help in Antwerp|vaph",
      "ik zit in een rolstoel, waar kan ik hulp krijgen in Brugge|vaph",
      "mon enfant est handicapé, quelle aide à Liège ?|aviq-handicap",
      "ibni 3ando i3aqa, fin nl9a l3awn f bruxelles|handicap-brussels",
      "ابني عنده إعاقة، أين أجد المساعدة في أنتويرب؟|vaph",
  })
  void answersADisabilityWithRecognitionAndTheRegionsAgencyFirst(String text, String agency) {
    Reply reply = say(text);

    // Help "near Bruges" asked in so many words stays a search nearby, with the same services first.
    assertThat(reply.topic().orElseThrow()).isIn(Topic.SOCIAL_WELFARE, Topic.FIND_ACTOR_NEARBY);
    assertThat(texts(reply)).contains("My Handicap");
    assertThat(actorIds(reply).subList(0, 2)).contains(agency);
  }

  /**
   * Found trying Dalil as a newcomer: "ابني مصاب بالتوحد، أين أجد مساعدة في أنتويرب؟" (my son has
   * autism) and "بنتي مصابة بالسكري، أين أجد طبيبا في بروكسل؟" (my daughter has diabetes, where is a
   * doctor) got 112 and the doctor on duty: "مصاب" before a condition one lives with names no
   * danger. Injured and bleeding, with or without such a condition, still gets 112.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ابني مصاب بالتوحد، أين أجد مساعدة في أنتويرب؟|social_welfare",
      "بنتي مصابة بالسكري، أين أجد طبيبا في بروكسل؟|healthcare",
  })
  void answersAConditionOneLivesWithAsNoEmergency(String text, String topic) {
    Reply reply = say(text);

    // The answer about doctors names 112 among its numbers; it is no longer the emergency's reply.
    assertThat(reply.topic().orElseThrow().id()).isEqualTo(topic);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ابني مصاب وينزف كثيرا", "ابني مصاب بالتوحد وسقط وينزف"})
  void answersSomeoneInjuredAndBleedingWith112(String text) {
    Reply reply = say(text);

    assertThat(reply.topic()).contains(Topic.EMERGENCY);
    assertThat(texts(reply)).contains("112");
  }

  /**
   * Found trying Dalil as a newcomer: "need help with my taxes in Antwerp" got three organisations
   * near Antwerp and nothing about taxes: help near a place asked for a thing named is help with
   * that thing.
   */
  @Test
  void answersHelpWithAThingNamedNearAPlaceAboutThatThing() {
    Reply reply = say("need help with my taxes in Antwerp");

    assertThat(reply.topic().orElseThrow().id()).isEqualTo("taxes");
  }

  /**
   * Found trying Dalil as a newcomer: "Bonjour, je suis arrivée il y a un mois avec mes deux
   * enfants de 6 et 9 ans. Nous habitons à Auderghem [...] comment inscrire mes enfants à l'école"
   * got the enrolment in Brussels' Dutch-speaking schools first: a Brussels-wide service came
   * before the French Community's, which also serves Wallonia. In Brussels the two communities'
   * services are both Brussels' own: the reader's language puts one first.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Bonjour, je suis arrivée il y a un mois avec mes deux enfants de 6 et 9 ans. Nous habitons à Auderghem chez ma sœur. Je voudrais savoir comment inscrire mes enfants à l'école et si c'est gratuit.|enseignement-be",
      "comment inscrire mon fils à l'école à Schaerbeek|enseignement-be",
      "hoe schrijf ik mijn zoon in op school in Schaarbeek|inschrijven-in-brussel",
      "ik zoek een Nederlandstalige school voor mijn dochter in Anderlecht|inschrijven-in-brussel",
      "inscrire les enfants dans une école néerlandophone à Bruxelles|inschrijven-in-brussel",
      "bghit nsjel bnti f ecole primaire f molenbeek|inschrijven-in-brussel",
  })
  void putsTheSchoolsOfTheReadersCommunityFirstInBrussels(String text, String first) {
    assertThat(actorIds(say(text)).get(0)).isEqualTo(first);
  }

  /**
   * Found trying Dalil as a newcomer: "mijn dochter is 3 jaar, waar kan ze naar de kinderopvang in
   * Lier" got Kind en Gezin, then the reception classes of secondary school (OKAN). A crèche asked
   * for gets the services for childcare, no school's.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "mijn dochter is 3 jaar, waar kan ze naar de kinderopvang in Lier",
      "je cherche une crèche pour mon bébé à Anderlecht",
  })
  void showsNoSchoolServiceForACreche(String text) {
    Reply reply = say(text);

    assertThat(actorIds(reply)).isNotEmpty().noneMatch(id -> id.equals("onthaalonderwijs-vlaanderen")
        || id.equals("inschrijven-in-brussel") || id.equals("enseignement-be")
        || id.equals("inscription-secondaire-fwb"));
    assertThat(actorIds(reply).get(0)).isIn("kind-en-gezin", "one-office-naissance-enfance");
  }

  /**
   * Found trying Dalil as a newcomer: "j'ai perdu mon passeport marocain à Koekelberg que faire"
   * got Moroccan associations, "I lost my Moroccan passport in Ghent" too: the nationality read
   * clearly as the community of origin. A lost passport is reported to the police and replaced by
   * one's consulate, whatever its country: the answer on residence documents says so.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "j'ai perdu mon passeport marocain à Koekelberg que faire|consulat",
      "I lost my Moroccan passport in Ghent|consulate",
      "ik ben mijn Syrisch paspoort kwijt in Antwerpen|consulaat",
      "ضاع جواز سفري المغربي في بروكسل|سفارة بلدك",
  })
  void answersALostPassportOfAnyCountryWithThePoliceAndTheConsulate(String text, String words) {
    Reply reply = say(text);

    assertThat(reply.topic()).contains(Topic.RESIDENCE_PERMIT);
    assertThat(texts(reply)).contains(words);
  }

  /**
   * Found trying Dalil as a newcomer: "Hallo allemaal, ik ben Youssef [...] Ik werk sinds twee
   * weken als software engineer in Mechelen [...] Mijn werkgever zegt dat ik me moet registreren,
   * maar waar moet ik precies naartoe en welke documenten heb ik nodig?" got the employment
   * service: having a job is background, the question is registering, at Mechelen's town hall.
   */
  @Test
  void readsAJobOneHasAsBackgroundToTheQuestion() {
    Reply reply = say("Hallo allemaal, ik ben Youssef en ik kom uit Marokko. Ik werk sinds twee "
        + "weken als software engineer in Mechelen via een Belgisch bedrijf. Mijn werkgever zegt "
        + "dat ik me moet registreren, maar waar moet ik precies naartoe en welke documenten heb "
        + "ik nodig?");

    assertThat(reply.topic()).contains(Topic.REGISTER_MUNICIPALITY);
    assertThat(actorIds(reply).get(0)).contains("mechelen");
  }

  /**
   * Found trying Dalil as a newcomer: "I just moved to Anderlecht for a job in IT, where do I
   * register?" got Actiris: a move for a job is background to the question it ends with.
   */
  @Test
  void readsAMoveForAJobAsBackgroundToTheQuestionAfterIt() {
    Reply reply = say("I just moved to Anderlecht for a job in IT, where do I register?");

    assertThat(reply.topic()).contains(Topic.REGISTER_MUNICIPALITY);
    assertThat(actorIds(reply).get(0)).contains("anderlecht");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Ik werk als kok in een restaurant in Gent maar ik zoek ander werk met betere uren. Kan "
          + "iemand mij helpen?",
      "I work as a cleaner in Antwerp but the contract ends next month and I need a new job. "
          + "Where should I go?",
      "Je travaille comme serveur à Ixelles mais je veux changer de travail. Vous pouvez m'aider ?",
      "I moved to Ghent last month and I am looking for a job in IT, where should I go?",
  })
  void readsLookingForAnotherJobBesideTheJobOneHasAsAJobSearch(String text) {
    assertThat(say(text).topic()).contains(Topic.FIND_JOB);
  }

  /**
   * Found trying Dalil as a newcomer: "je travaille comme développeur à Bruxelles, je dois payer
   * la sécurité sociale moi-même?" was out of scope, and nothing said how to work as a
   * self-employed person. The right to work's answer now says it (a professional card, an
   * enterprise counter, a social insurance fund), in every language.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "je travaille comme développeur à Bruxelles, je dois payer la sécurité sociale moi-même?|caisse d'assurances sociales",
      "I want to work as a freelancer in Brussels, what do I need?|professional card",
      "ik wil als zelfstandige starten in Gent, heb ik een beroepskaart nodig?|ondernemingsloket",
      "أريد أن أعمل لحسابي الخاص في بروكسل، ماذا أحتاج؟|بطاقة مهنية",
      "bghit ndir auto entrepreneur f bruxelles|بطاقة مهنية",
      "je veux devenir indépendant à Namur|carte professionnelle",
  })
  void answersWorkingSelfEmployedWithTheProfessionalCardAndTheSocialInsuranceFund(String text,
      String words) {
    Reply reply = say(text);

    assertThat(reply.topic()).contains(Topic.WORK_PERMIT);
    assertThat(texts(reply)).contains(words);
  }

  /** Self-employment is background when the message asks about something else. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "I am self-employed, where can I find a doctor in Leuven|healthcare",
      "je suis indépendant, comment faire ma déclaration d'impôts|taxes",
      "quel est mon numéro de sécurité sociale|register_municipality",
      "je cherche un emploi, je suis indépendant en ce moment|find_job",
      "looking for freelance work in IT in Gent|find_job",
  })
  void keepsSelfEmploymentAsBackgroundOfAnotherQuestion(String text, String topic) {
    assertThat(say(text).topic().orElseThrow().id()).isEqualTo(topic);
  }

  /**
   * Found trying Dalil as a newcomer: "je cherche un logement social à Liège" got no public
   * housing service (Brussels and Flanders had theirs). Wallonia's public housing body comes
   * first there, and only there.
   */
  @Test
  void answersSocialHousingInWalloniaWithItsPublicHousingBody() {
    assertThat(actorIds(say("je cherche un logement social à Liège")).get(0))
        .isEqualTo("swl-logement-public");
    assertThat(actorIds(say("ik zoek een sociale woning in Brugge")))
        .doesNotContain("swl-logement-public");
  }

  /** The agencies for people with a disability are for those who name one. */
  @Test
  void showsTheDisabilityAgenciesToNoOneElse() {
    assertThat(actorIds(say("I cannot pay my rent, I live in Antwerp")))
        .doesNotContain("vaph", "dg-persons-with-disabilities");
    assertThat(actorIds(say("which organisations can help me in Liège")))
        .doesNotContain("aviq-handicap");
  }

  /**
   * Found trying Dalil as a newcomer: "ik heb een brief gekregen van de belastingen, ik begrijp
   * niets, ik woon in Gent" was answered about the residence card, "je dois faire ma déclaration
   * d'impôts, j'habite à Saint-Josse" about registering, and "where do i pay my taxes in belgium"
   * got a question back. Taxes are a topic: the answer says when the first return comes, where
   * to get free help and what to do with a letter, with the tax administration first.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ik heb een brief gekregen van de belastingen, ik begrijp niets, ik woon in Gent|nl",
      "je dois faire ma déclaration d'impôts, comment faire ? j'habite à Saint-Josse|fr",
      "where do i pay my taxes in belgium|en",
      "وصلتني رسالة من الضرائب ولا أفهم شيئا، أسكن في أنتويرب|ar",
      "kifach n3mr dariba f belgique|ar",
  })
  void answersAQuestionAboutTaxesWithTheTaxAdministrationFirst(String text, String language) {
    Reply reply = say(text);

    assertThat(reply.topic()).contains(Topic.TAXES);
    assertThat(reply.language().code()).isEqualTo(language);
    assertThat(texts(reply)).contains("+32 2 572 57 57");
    assertThat(actorIds(reply)).first().isEqualTo("fps-finance");
  }

  /** Paying one's taxes told as background is no question about them. */
  @Test
  void keepsTheQuestionWhenPayingTaxesIsOnlyBackground() {
    assertThat(say("I have lived in Antwerp for 6 years, I work and pay my taxes, can I become"
        + " Belgian?").topic()).contains(Topic.RESIDENCE_PERMIT);
  }

  /**
   * Found trying Dalil as a newcomer: "someone stole my bag in the metro, where do i file a
   * complaint, Brussels" got the lawyers' legal aid offices, "my phone was stolen in Antwerp what
   * should I do" and "sr9o lia telephone f tram f bruxelles chno ndir" nothing (out of scope).
   * Something stolen is a complaint to the police: where to make it, with the local police and
   * their online desk first.
   * A stolen passport stays a residence question, and a flight ("vol") is no theft.
   */
  @Test
  void tellsWhereToReportATheftWithThePoliceFirst() {
    Reply bag = say("someone stole my bag in the metro, where do i file a complaint, Brussels");
    assertThat(bag.topic()).contains(Topic.LEGAL_HELP);
    assertThat(texts(bag)).startsWith("Was something stolen from you");
    // The online desk is in Dutch and French only: an English reader gets the stations.
    assertThat(actorIds(bag)).first().isEqualTo("police-local-zones");
    assertThat(actorIds(bag)).doesNotContain("police-on-web");

    assertThat(say("my phone was stolen in Antwerp what should I do").topic())
        .contains(Topic.LEGAL_HELP);
    // A theft told in the past is no violence now: no 101 and help lines for violence at home.
    Reply tram = say("on m'a volé mon téléphone dans le tram à Schaerbeek, je fais quoi ?");
    assertThat(tram.topic()).contains(Topic.LEGAL_HELP);
    assertThat(actorIds(tram)).first().isIn("police-local-zones", "police-on-web");
    assertThat(actorIds(say("sr9o lia telephone f tram f bruxelles chno ndir")))
        .first().isEqualTo("police-local-zones");
    assertThat(actorIds(say("mijn fiets is gestolen in Gent, hoe doe ik aangifte")))
        .startsWith("police-local-zones", "police-on-web");
    // Where it was stolen is background, also when it reads clearly as transport.
    Reply station = say("سرقوا هاتفي في محطة القطار في أنتويرب، أين أقدم شكوى؟");
    assertThat(station.topic()).contains(Topic.LEGAL_HELP);
    assertThat(actorIds(station)).first().isEqualTo("police-local-zones");

    assertThat(say("my passport was stolen in Brussels").topic())
        .contains(Topic.RESIDENCE_PERMIT);
    assertThat(actorIds(say("I need a lawyer for free in Brussels, I have a problem with my visa")))
        .doesNotContain("police-on-web", "police-local-zones");
  }

  /**
   * Found trying Dalil as a newcomer: "I need an interpreter for my doctor appointment in Leuven"
   * got the community health centres and the GP posts, and nothing about an interpreter. Asking
   * for one starts the answer with how to get one (in Flanders, through the service and the
   * integration agency's social interpreters); the cards stay those of the topic.
   */
  @Test
  void saysHowToGetAnInterpreterBeforeTheAnswer() {
    Reply leuven = say("I need an interpreter for my doctor appointment in Leuven");
    assertThat(leuven.topic()).contains(Topic.HEALTHCARE);
    assertThat(texts(leuven)).startsWith("Do you need an interpreter?")
        .contains("Agency for Integration and Civic Integration");
    assertThat(actorIds(leuven)).isEqualTo(actorIds(say("I need a doctor in Leuven")));

    Reply brussels = say("j'ai besoin d'un interprète chez le médecin à Bruxelles");
    assertThat(texts(brussels)).startsWith("Vous avez besoin d'un interprète ?")
        .doesNotContain("Agence flamande");
    assertThat(texts(say("أحتاج مترجما عند الطبيب في غنت"))).startsWith("هل تحتاج إلى مترجم؟");
    assertThat(texts(say("can I get an interpreter at the OCMW in Mechelen")))
        .startsWith("Do you need an interpreter?");
  }

  /**
   * Found trying Dalil as a newcomer: "mrati wldat w bghit nsjel lbebe, ana f leuven" (my wife
   * gave birth and I want to register the baby) was answered as an emergency. Declaring a birth
   * is done at the municipality: within 15 days, with the town hall first; giving birth now stays
   * an emergency.
   */
  @Test
  void saysHowToDeclareABirthAtTheMunicipality() {
    Reply leuven = say("mrati wldat w bghit nsjel lbebe, ana f leuven");
    assertThat(leuven.topic()).contains(Topic.REGISTER_MUNICIPALITY);
    assertThat(texts(leuven)).startsWith("مبارك المولود!").contains("15");
    assertThat(actorIds(leuven)).first().isEqualTo("town-hall-leuven");

    assertThat(texts(say("how do I register my baby, he was born yesterday in Antwerp")))
        .startsWith("Congratulations! A baby born in Belgium must be declared within 15 days");
    assertThat(texts(say("waar moet ik de geboorte aangeven, wij wonen in Gent")))
        .startsWith("Proficiat!");
    assertThat(say("my wife is giving birth now, her water broke").topic())
        .contains(Topic.EMERGENCY);
  }

  /** Someone with a roof who looks for a home gets the housing answer, as before. */
  @Test
  void answersAHousingQuestionWithoutAStatedNeedAsHousing() {
    Reply reply = say("I am looking for an apartment in Antwerp");
    assertThat(reply.topic()).contains(Topic.HOUSING);
    assertThat(texts(reply)).contains("Immoweb");
  }

  /**
   * Found trying Dalil as a newcomer: "Hier zijn 3 organisaties in de buurt van Schaarbeek" headed
   * three Brussels-wide services with no address; they are for people in Schaerbeek, not near.
   */
  @Test
  void doesNotCallServicesWithoutAnAddressNear() {
    Reply reply = say("I am looking for a GP in Schaerbeek");

    assertThat(reply.topic()).contains(Topic.HEALTHCARE);
    assertThat(texts(reply)).contains("These services are for people in Schaerbeek")
        .doesNotContain("organisations near");
  }

  /**
   * Found trying Dalil as a newcomer: the languages someone looking for work speaks are what they
   * offer, not a filter on the employment services.
   */
  @Test
  void readsTheLanguagesOfSomeoneLookingForWorkAsSkills() {
    Reply reply = say("Je cherche du travail à Gand, je parle arabe et français");

    assertThat(reply.topic()).contains(Topic.FIND_JOB);
    assertThat(texts(reply)).doesNotContain("en français près de Gand");
    assertThat(actorIds(reply)).startsWith("vdab");
  }

  @Test
  void saysNothingMoreAboutAMessageWithOneQuestion() {
    Reply reply = say("how do I register at the town hall in Leuven");

    assertThat(reply.topic()).contains(Topic.REGISTER_MUNICIPALITY);
    assertThat(texts(reply)).doesNotContain("also asks about");
  }

  private static List<String> actorIds(Reply reply) {
    return reply.parts().stream().filter(p -> p instanceof ReplyPart.Actors)
        .flatMap(p -> ((ReplyPart.Actors) p).actors().stream())
        .map(m -> m.actor().id()).toList();
  }

  private static ReplyPart.QuickReplies buttons(Reply reply) {
    return reply.parts().stream().filter(p -> p instanceof ReplyPart.QuickReplies)
        .map(p -> (ReplyPart.QuickReplies) p).findFirst().orElseThrow();
  }

  /**
   * Found trying Dalil as a newcomer: "ma soeur est malade" (out of scope 0.45, doctors 0.32) was
   * answered "I cannot help with that", with doctors sixth in the menu.
   */
  /** Read as out of scope (0.45) until contrast lines were added; now doctors and care. */
  @Test
  void answersASickSisterWithDoctorsAndCare() {
    Reply reply = say("ma soeur est malade depuis hier");
    assertThat(reply.topic()).contains(Topic.HEALTHCARE);
    assertThat(reply.resolution()).isEqualTo(Reply.Resolution.ANSWERED);
  }

  @Test
  void offersTheLikelyTopicFirstWhenAMessageIsOutOfScope() {
    // Out of scope 0.67 (care in Morocco), doctors and care above the 0.25 of a suggestion.
    Reply reply = say("mon père au Maroc est malade");

    assertThat(reply.resolution()).isEqualTo(Reply.Resolution.OUT_OF_SCOPE);
    assertThat(texts(reply)).contains("« Médecins et soins »").doesNotContain("Désolé");
    assertThat(buttons(reply).options()).extracting(ReplyPart.QuickReply::payload).startsWith(
        new Payload.ShowTopic(Topic.EMERGENCY).encode(),
        new Payload.ShowTopic(Topic.HEALTHCARE).encode());
  }

  /** The same whatever the model: only the interpreter's reading decides. */
  @Test
  void putsAnOutOfScopeMessagesPossibleTopicFirstAndOtherwiseSaysItCannotHelp() {
    Understanding maybeHousing = new Understanding(Language.EN, Topic.OUT_OF_SCOPE, 0.5,
        List.of(), Optional.empty(), Optional.empty(), Optional.of(Topic.HOUSING));
    Understanding nothing = new Understanding(Language.EN, Topic.OUT_OF_SCOPE, 0.9, List.of(),
        Optional.empty(), Optional.empty(), Optional.empty());
    Interpreter reading = (incoming, current, placeExpected) ->
        incoming.text().equals("maybe") ? maybeHousing : nothing;
    Dialog dialog = Dialog.standard(TestKnowledge.get(), store, reading, Clock.systemUTC(), 3);

    Reply maybe = dialog.respond(Incoming.text(id, "maybe"));
    Reply none = dialog.respond(Incoming.text(id, "none"));

    assertThat(texts(maybe)).contains("“Find housing”").doesNotContain("Sorry");
    assertThat(buttons(maybe).options()).extracting(ReplyPart.QuickReply::payload).startsWith(
        new Payload.ShowTopic(Topic.EMERGENCY).encode(),
        new Payload.ShowTopic(Topic.HOUSING).encode());
    assertThat(texts(none)).contains("Sorry, I cannot help with that");
    assertThat(buttons(none).options()).extracting(ReplyPart.QuickReply::payload).startsWith(
        new Payload.ShowTopic(Topic.EMERGENCY).encode(),
        new Payload.ShowTopic(Topic.REGISTER_MUNICIPALITY).encode());
  }
}
