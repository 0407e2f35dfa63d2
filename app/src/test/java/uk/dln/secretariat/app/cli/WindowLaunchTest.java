package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowLaunchTest {

    private static final String EXPECTED = "--workspace=" + Path.of("board.secretariat").toAbsolutePath();

    @Test
    void noArgumentsOpenTheWindowOnTheLastWorkspace() {
        assertArrayEquals(new String[0], WindowLaunch.plainWindowParameters().orElseThrow());
    }

    @Test
    void theShortOptionNamesTheWorkspace() {
        assertArrayEquals(new String[] {EXPECTED},
                WindowLaunch.plainWindowParameters("-w", "board.secretariat").orElseThrow());
    }

    @Test
    void theLongOptionNamesTheWorkspaceEitherWay() {
        assertArrayEquals(new String[] {EXPECTED},
                WindowLaunch.plainWindowParameters("--workspace", "board.secretariat").orElseThrow());
        assertArrayEquals(new String[] {EXPECTED},
                WindowLaunch.plainWindowParameters("--workspace=board.secretariat").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "--help", "--version", "-V", "-wboard.secretariat", "--workspace=", "board"})
    void anythingElseIsLeftToTheCommandLine(String argument) {
        assertTrue(WindowLaunch.plainWindowParameters(argument).isEmpty());
    }

    @Test
    void aCommandAfterTheWorkspaceIsLeftToTheCommandLine() {
        assertTrue(WindowLaunch.plainWindowParameters("-w", "board.secretariat", "check").isEmpty());
        assertTrue(WindowLaunch.plainWindowParameters("-w", "--help").isEmpty());
        assertTrue(WindowLaunch.plainWindowParameters("check", "-w").isEmpty());
    }
}
