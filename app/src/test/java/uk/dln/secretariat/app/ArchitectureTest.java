package uk.dln.secretariat.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import uk.dln.secretariat.architecture.ArchitectureRules;

/** The shared rules of the design, on the whole program: the app and every module it is built from. */
@AnalyzeClasses(packages = "uk.dln.secretariat", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureRules.DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchTests RULES = ArchTests.in(ArchitectureRules.class);
}
