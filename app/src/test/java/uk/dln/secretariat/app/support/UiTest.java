package uk.dln.secretariat.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test that drives real JavaFX controls with a robot: the UI tier. Only this tier may be run a second time after a
 * failure (a robot's key press can, on a loaded machine, arrive before the view it targets has loaded); every other
 * test must pass first time. Each rerun is printed as "flaky: ..." and counted by CI (decision 0037).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(UiTest.TAG)
@ExtendWith(ApplicationExtension.class)
public @interface UiTest {

    String TAG = "ui";
}
