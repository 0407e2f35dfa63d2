package uk.dln.secretariat.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The cycle rule is only worth having if it finds a cycle: two packages that need each other. */
class PackageCycleRuleTest {

    @Test
    void twoPackagesThatNeedEachOtherBreakTheRule() {
        var classes = new ClassFileImporter().importPackages("uk.dln.secretariat.architecture.cycle");

        var result = ArchitectureRules.noPackageCycles.evaluate(classes);

        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("cycle.first"));
    }

    @Test
    void onePackageOnItsOwnKeepsIt() {
        var classes = new ClassFileImporter().importPackages("uk.dln.secretariat.architecture.cycle.first");

        assertFalse(ArchitectureRules.noPackageCycles.evaluate(classes).hasViolation());
    }
}
