package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Publication;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.RiskRating;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoleExpectation;

/**
 * The documents' bundle holds every word this module prints and nothing else: the keys named in its own sources, and
 * the words of the model's values it prints (statuses, ratings, purposes). Read from this module alone.
 */
class ReportsBundleTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** Literals shaped like keys that are not: file names, a system property, the bundle's own name. */
    private static final Set<String> NOT_KEYS = Set.of("styles.xml", "chart.png", "soffice.exe", "soffice.com",
            "os.name", "secretariat.soffice", "return.ods", ReportTexts.BUNDLE);

    private static Set<String> bundleKeys;
    private static Set<String> literals;
    private static Set<String> valueKeys;

    @BeforeAll
    static void readBundleAndSources() throws IOException {
        bundleKeys = ResourceBundle.getBundle(ReportTexts.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
        literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    // An error is shown by the window or the command line, in the interface's language: its
                    // words are in the interface's bundle, never printed in a document.
                    if (!NOT_KEYS.contains(literal) && !literal.contains(".error.")) {
                        literals.add(literal);
                    }
                }
            }
        }
        valueKeys = new HashSet<>();
        Stream.of(ActionStatus.values()).map(ActionStatus::messageKey).forEach(valueKeys::add);
        Stream.of(ItemPurpose.values()).map(ItemPurpose::messageKey).forEach(valueKeys::add);
        Stream.of(Publication.values()).map(Publication::messageKey).forEach(valueKeys::add);
        Stream.of(PackSection.values()).map(PackSection::messageKey).forEach(valueKeys::add);
        Stream.of(MilestoneStatus.values()).map(MilestoneStatus::messageKey).forEach(valueKeys::add);
        Stream.of(RiskStatus.values()).map(RiskStatus::messageKey).forEach(valueKeys::add);
        Stream.of(RiskRating.values()).map(RiskRating::messageKey).forEach(valueKeys::add);
        Stream.of(IndicatorTrack.values()).map(IndicatorTrack::messageKey).forEach(valueKeys::add);
        Stream.of(MaturityLevel.values()).map(MaturityLevel::messageKey).forEach(valueKeys::add);
        Stream.of(RoleExpectation.values()).map(RoleExpectation::messageKey).forEach(valueKeys::add);
        for (DeliveryConfidence confidence : DeliveryConfidence.values()) {
            valueKeys.addAll(List.of(confidence.messageKey(), confidence.definitionKey()));
        }
    }

    @Test
    void everyWordTheDocumentsPrintIsInTheirBundle() {
        var missing = Stream.concat(literals.stream(), valueKeys.stream())
                .filter(key -> !bundleKeys.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys the documents print but reports.properties lacks");
    }

    @Test
    void everyKeyInTheBundleIsPrintedSomewhere() {
        var unused = bundleKeys.stream()
                .filter(key -> !literals.contains(key) && !valueKeys.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "keys in reports.properties that no document prints");
    }
}
