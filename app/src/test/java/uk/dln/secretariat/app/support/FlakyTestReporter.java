package uk.dln.secretariat.app.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints "flaky: ..." whenever a test that failed is run again (Surefire reruns the UI tier's failures once), so the
 * build's output names every rerun, whether the second run passed or not. Registered for the whole test run through
 * the JUnit Platform's service loader.
 */
public final class FlakyTestReporter implements TestExecutionListener {

    private static final Set<String> FAILED = ConcurrentHashMap.newKeySet();

    @Override
    public void executionStarted(TestIdentifier test) {
        if (test.isTest() && FAILED.contains(test.getUniqueId())) {
            System.out.println("flaky: " + test.getLegacyReportingName() + " (" + test.getUniqueId() + ") is run again");
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            FAILED.add(test.getUniqueId());
        }
    }
}
