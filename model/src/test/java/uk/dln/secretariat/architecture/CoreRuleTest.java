package uk.dln.secretariat.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The core rule is only worth having if it finds a use case that reaches into a screen's package. */
class CoreRuleTest {

    private static final String PROGRAM = "uk.dln.secretariat.architecture.program";

    @Test
    void aUseCaseThatUsesAScreenBreaksTheRule() {
        var classes = new ClassFileImporter().importPackages(PROGRAM);

        var result = ArchitectureRules.coreSeesNoFeatureOf(PROGRAM).evaluate(classes);

        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("screens.ExportScreen"));
    }

    @Test
    void aUseCaseThatUsesOnlyTheCoreAndTheWordsKeepsIt() {
        var classes = new ClassFileImporter().importPackages(PROGRAM + ".core.minutes", PROGRAM + ".i18n");

        assertFalse(ArchitectureRules.coreSeesNoFeatureOf(PROGRAM).evaluate(classes).hasViolation());
    }
}
