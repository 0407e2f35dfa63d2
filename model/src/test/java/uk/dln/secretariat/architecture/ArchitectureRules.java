package uk.dln.secretariat.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The rules of the design, written once and checked by every module's build against the classes it sees (its own and
 * those it depends on), so that they cannot rot and a module breaking them fails in its own build. Each module runs
 * them from a test class of a few lines; rules about a layer a module does not see pass there with nothing to check.
 */
public final class ArchitectureRules {

    private static final String ROOT = "uk.dln.secretariat";
    private static final String MODEL = "uk.dln.secretariat.model..";
    private static final String PERSISTENCE = "uk.dln.secretariat.persistence..";
    private static final String REPORTS = "uk.dln.secretariat.reports..";
    private static final String APP = "uk.dln.secretariat.app..";
    private static final String GENERATED = "uk.dln.secretariat.persistence.jooq";
    private static final String APP_PACKAGE = "uk.dln.secretariat.app";
    private static final String CORE = APP_PACKAGE + ".core";

    private ArchitectureRules() {
    }

    /**
     * Leaves out the test jars another module's tests use (this module's own rules and fixtures among them): ArchUnit's
     * {@link ImportOption.DoNotIncludeTests} knows test folders but not test jars.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REPORTS, APP)
            .because("the domain is the centre every other layer builds on")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule persistenceSeesOnlyTheModel = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(REPORTS, APP)
            .because("the data layer must not know how records are shown or exported")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule reportsSeeOnlyTheModel = noClasses().that().resideInAPackage(REPORTS)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, APP)
            .because("documents are built from model records, whatever stored them")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule javaFxOnlyInTheApp = noClasses().that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("only the app is a desktop program; the other layers also serve the command line and tests")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sqlOnlyInPersistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                    "org.sqlite..", "org.flywaydb..")
            .because("SQL lives in one layer, so the schema can change without touching the app")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule generatedCodeStaysInPersistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(GENERATED + "..")
            .because("repositories return model records; generated table classes are an implementation detail")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule poiOnlyInReports = noClasses().that().resideOutsideOfPackage(REPORTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
            .because("file formats are the reports layer's business")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule pdfboxOnlyInReports = noClasses().that().resideOutsideOfPackage(REPORTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("the PDF board pack is a file format too, and file formats are the reports layer's business")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule viewModelsHoldNoSceneClasses = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                    "org.controlsfx..")
            .because("view models are tested without starting JavaFX and never see a control")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule useCasesAreFreeOfJavaFx = noClasses().that().resideInAPackage(CORE + "..")
            .or().areAnnotatedWith(CORE + ".UseCase")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the window and the command line call the same use cases; the command line has no JavaFX")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule coreSeesNoFeature = coreSeesNoFeatureOf(APP_PACKAGE);

    /**
     * The core of the program in {@code program} ({@code program.core}) may use only itself, the program's words
     * ({@code program.i18n}) and the layers below the program, never a screen, the command line or another feature:
     * both the window and the command line call it, so it must bring neither with it. The program's package is a
     * parameter so that the rule's test can show it failing on fixture packages.
     */
    static ArchRule coreSeesNoFeatureOf(String program) {
        return noClasses().that().resideInAPackage(program + ".core..")
                .should().dependOnClassesThat(resideInAPackage(program + "..")
                        .and(resideOutsideOfPackages(program + ".core..", program + ".i18n..")))
                .because("the window and the command line both call the core; a core that reached into a feature "
                        + "would bring that feature, and its screens, to the command line")
                .allowEmptyShould(true);
    }

    /**
     * Screens and their view models reach records only through the core's use cases: a repository is called from the
     * core, the command line and the workspace's own life cycle, never from a feature package (decision 0037).
     */
    @ArchTest
    static final ArchRule screensCallUseCasesNotRepositories = noClasses().that().resideInAPackage(APP)
            .and().resideOutsideOfPackages(CORE + "..", APP_PACKAGE + ".cli..", APP_PACKAGE + ".workspace..")
            .should().dependOnClassesThat(resideInAPackage("uk.dln.secretariat.persistence..")
                    .and(JavaClass.Predicates.simpleNameEndingWith("Repository")
                            .or(JavaClass.Predicates.simpleName("Roadmaps"))))
            .because("the window and the command line must do a job the same way, so the job lives in a use case of "
                    + "the core that both call, not in a view model that calls the storage itself")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule commandLineNeedsNoJavaFx = noClasses().that().resideInAPackage(APP_PACKAGE + ".cli..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("a command runs on a server or in a script with no display; what it calls must not need one")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(eachPackage())
            .should().beFreeOfCycles()
            .because("a package that needs another which needs it back can be neither understood nor moved alone; "
                    + "what two packages share belongs in a third that both use");

    /**
     * Every package of ours is a slice of its own, except the code jOOQ generates from the schema: its tables, records
     * and keys refer to one another by design and are counted as one package, which nothing but persistence sees.
     */
    static SliceAssignment eachPackage() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.equals(ROOT) && !name.startsWith(ROOT + ".")) {
                    return SliceIdentifier.ignore();
                }
                if (name.equals(GENERATED) || name.startsWith(GENERATED + ".")) {
                    return SliceIdentifier.of(GENERATED);
                }
                return SliceIdentifier.of(name);
            }

            @Override
            public String getDescription() {
                return "each package of the product (jOOQ's generated code counted as one)";
            }
        };
    }
}
