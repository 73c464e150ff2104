package be.dalil.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays free of integrations: channels and storage plug in from outside. */
class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("be.dalil.bot");

  @Test
  void botCoreDependsOnNoSpringTelegramOrMongoClass() {
    noClasses().that().resideInAPackage("be.dalil.bot..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.telegram..", "com.mongodb..", "org.bson..",
            "jakarta.servlet..", "de.bwaldvogel..")
        .check(CORE);
  }

  @Test
  void botCoreKnowsNoChannel() {
    noClasses().that().resideInAPackage("be.dalil.bot..")
        .should().dependOnClassesThat().resideInAnyPackage("be.dalil.web..", "be.dalil.telegram..",
            "be.dalil.app..")
        .check(CORE);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("be.dalil.bot.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void understandingKnowsNothingOfTheDialogOrTheStore() {
    noClasses().that().resideInAPackage("be.dalil.bot.nlu..")
        .should().dependOnClassesThat().resideInAnyPackage("be.dalil.bot.dialog..",
            "be.dalil.bot.conversation..")
        .check(CORE);
  }

  @Test
  void messagesAndConversationStateDependOnNoEngineInternals() {
    noClasses().that().resideInAnyPackage("be.dalil.bot.message..", "be.dalil.bot.conversation..")
        .should().dependOnClassesThat().resideInAnyPackage("be.dalil.bot.nlu..",
            "be.dalil.bot.dialog..")
        .check(CORE);
  }

  @Test
  void onlyTheEntryPointUsesTheDialogFromOutside() {
    noClasses().that().resideOutsideOfPackages("be.dalil.bot.dialog..", "be.dalil.bot")
        .should().dependOnClassesThat().resideInAPackage("be.dalil.bot.dialog..")
        .check(CORE);
  }
}
