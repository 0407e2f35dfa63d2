package uk.dln.secretariat.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of the design, checked on every build so they cannot rot. */
@AnalyzeClasses(packages = "uk.dln.secretariat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "uk.dln.secretariat.model..";
    private static final String PERSISTENCE = "uk.dln.secretariat.persistence..";
    private static final String REPORTS = "uk.dln.secretariat.reports..";
    private static final String APP = "uk.dln.secretariat.app..";

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REPORTS, APP)
            .because("the domain is the centre every other layer builds on");

    @ArchTest
    static final ArchRule persistenceSeesOnlyTheModel = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(REPORTS, APP)
            .because("the data layer must not know how records are shown or exported");

    @ArchTest
    static final ArchRule reportsSeeOnlyTheModel = noClasses().that().resideInAPackage(REPORTS)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, APP)
            .because("documents are built from model records, whatever stored them");

    @ArchTest
    static final ArchRule javaFxOnlyInTheApp = noClasses().that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("only the app is a desktop program; the other layers also serve the command line and tests");

    @ArchTest
    static final ArchRule sqlOnlyInPersistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                    "org.sqlite..", "org.flywaydb..")
            .because("SQL lives in one layer, so the schema can change without touching the app");

    @ArchTest
    static final ArchRule generatedCodeStaysInPersistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("uk.dln.secretariat.persistence.jooq..")
            .because("repositories return model records; generated table classes are an implementation detail");

    @ArchTest
    static final ArchRule poiOnlyInReports = noClasses().that().resideOutsideOfPackage(REPORTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
            .because("file formats are the reports layer's business");

    @ArchTest
    static final ArchRule pdfboxOnlyInReports = noClasses().that().resideOutsideOfPackage(REPORTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("the PDF board pack is a file format too, and file formats are the reports layer's business");

    @ArchTest
    static final ArchRule viewModelsHoldNoSceneClasses = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                    "org.controlsfx..")
            .because("view models are tested without starting JavaFX and never see a control");
}
