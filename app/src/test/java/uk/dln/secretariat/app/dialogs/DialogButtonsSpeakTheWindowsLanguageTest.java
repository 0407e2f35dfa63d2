package uk.dln.secretariat.app.dialogs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBar.ButtonData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.i18n.Messages;

class DialogButtonsSpeakTheWindowsLanguageTest {

    /** What JavaFX's own buttons say, whatever the window's language. */
    private static final List<String> JAVAFX_ENGLISH = List.of("OK", "Cancel", "Close", "Yes", "No");

    @AfterEach
    void backToEnglish() {
        Messages.useLocale(Locale.UK);
    }

    @Test
    void inWelshEveryDialogButtonIsWelshAndKeepsItsPlace() {
        Messages.useLocale(Locale.forLanguageTag("cy-GB"));
        var ok = DialogButtons.ok();
        var cancel = DialogButtons.cancel();
        var close = DialogButtons.close();
        assertEquals(List.of("Iawn", "Canslo", "Cau"), List.of(ok.getText(), cancel.getText(), close.getText()));
        for (var button : List.of(ok, cancel, close)) {
            assertFalse(JAVAFX_ENGLISH.contains(button.getText()), button.getText());
        }
        assertEquals(List.of(ButtonData.OK_DONE, ButtonData.CANCEL_CLOSE, ButtonData.CANCEL_CLOSE),
                List.of(ok.getButtonData(), cancel.getButtonData(), close.getButtonData()));
    }

    @Test
    void inEnglishTheButtonsReadAsJavaFxWouldHaveThem() {
        Messages.useLocale(Locale.UK);
        assertEquals(List.of("OK", "Cancel", "Close"), List.of(DialogButtons.ok().getText(),
                DialogButtons.cancel().getText(), DialogButtons.close().getText()));
    }

    @Test
    void noDialogOrAlertUsesJavaFxsEnglishButtons() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.dln.secretariat.app");
        String buttonType = "javafx.scene.control.ButtonType";
        var rule = noClasses().should().accessField(buttonType, "OK")
                .orShould().accessField(buttonType, "CANCEL")
                .orShould().accessField(buttonType, "CLOSE")
                .orShould().accessField(buttonType, "YES")
                .orShould().accessField(buttonType, "NO")
                .orShould().accessField(buttonType, "APPLY")
                .orShould().accessField(buttonType, "FINISH")
                .orShould().accessField(buttonType, "NEXT")
                .orShould().accessField(buttonType, "PREVIOUS")
                // An alert made with its type alone is given JavaFX's English OK (or OK and Cancel).
                .orShould().callConstructor("javafx.scene.control.Alert", "javafx.scene.control.Alert$AlertType")
                .because("JavaFX words its own buttons in English whatever the window speaks: dialogs take "
                        + "theirs from DialogButtons, worded from the bundle");
        rule.check(classes);
    }
}
