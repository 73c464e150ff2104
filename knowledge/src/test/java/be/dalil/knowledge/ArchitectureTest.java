package be.dalil.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The knowledge domain is apart from its storage: MongoDB lives in its own package only. */
class ArchitectureTest {

  private static final JavaClasses KNOWLEDGE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("be.dalil.knowledge");

  @Test
  void theDomainDependsOnNoMongoClass() {
    noClasses().that().resideInAPackage("be.dalil.knowledge..")
        .and().resideOutsideOfPackage("be.dalil.knowledge.mongo..")
        .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
            "de.bwaldvogel..")
        .check(KNOWLEDGE);
  }

  @Test
  void theDomainDoesNotKnowItsStorageImplementations() {
    noClasses().that().resideInAPackage("be.dalil.knowledge..")
        .and().resideOutsideOfPackage("be.dalil.knowledge.mongo..")
        .should().dependOnClassesThat().resideInAPackage("be.dalil.knowledge.mongo..")
        .check(KNOWLEDGE);
  }

  @Test
  void knowledgeKnowsNoWebOrChannelClass() {
    noClasses().that().resideInAPackage("be.dalil.knowledge..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
            "jakarta.servlet..", "be.dalil.bot..", "be.dalil.web..", "be.dalil.telegram..")
        .check(KNOWLEDGE);
  }
}
