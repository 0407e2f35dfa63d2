package uk.dln.secretariat.app.returns;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Reading, comparing and taking returns in are the core of the loop: they must move out of the app intact. */
class ReturnsCoreIsFreeOfJavaFxTest {

    @Test
    void issuingReadingComparingAndTakingInUseNoJavaFx() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.dln.secretariat.app.returns");
        noClasses().that().haveNameNotMatching("uk\\.dln\\.secretariat\\.app\\.returns\\.ReturnsView.*")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the returns core is called by the command line too, and is to move to a core layer")
                .check(classes);
    }
}
