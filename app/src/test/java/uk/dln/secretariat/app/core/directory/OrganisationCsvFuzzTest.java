package uk.dln.secretariat.app.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.directory.OrganisationRow;
import uk.dln.secretariat.persistence.Workspace;

/**
 * The reference list of organisations, mangled at random (bytes flipped, inserted, deleted, lines repeated, cut
 * short) a few hundred times with a fixed seed. Whatever the damage, the reader answers with rows and per-line
 * problems and never fails, and storing what it accepts either stores all of it or nothing.
 */
class OrganisationCsvFuzzTest {

    private static final int MANGLED_FILES = 400;
    /** Storing is slower than reading: every so many files, the rows read are stored too. */
    private static final int STORE_EVERY = 8;
    private static final byte[] NASTY = ",\"\n\r;\t\u0000\u00ff\u00c3\u00a9'=+-@|\\".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @TempDir
    Path folder;

    @Test
    void anyMangledFileGivesRowsAndProblemsAndNeverAPartialImport() throws IOException {
        byte[] reference;
        try (InputStream in = Objects.requireNonNull(ReferenceOrganisations.class.getResourceAsStream(ReferenceOrganisations.RESOURCE))) {
            reference = in.readAllBytes();
        }
        var random = new Random(1_122_2026);
        var reader = new OrganisationCsvReader();
        int problemFiles = 0;
        int stored = 0;
        try (var workspace = Workspace.open(folder.resolve("fuzz.secretariat"))) {
            for (int n = 0; n < MANGLED_FILES; n++) {
                byte[] mangled = mangle(reference, random);
                Set<String> existing = shortNames(workspace);
                var result = reader.read(new ByteArrayInputStream(mangled), existing);

                int lines = countLines(mangled);
                for (Problem problem : result.problems()) {
                    if (!problem.field().equals("file") || problem.messageKey().equals("import.error.encoding")
                            || problem.messageKey().equals("import.error.controlCharacter")) {
                        Object line = problem.arguments().get(0);
                        assertTrue(line instanceof Integer l && l >= 1 && l <= lines + 1,
                                "file " + n + ": " + problem + " names no line of the file");
                    }
                }
                var seen = new HashSet<String>();
                for (OrganisationRow row : result.rows()) {
                    String key = row.shortName().strip().toLowerCase(Locale.ROOT);
                    assertTrue(seen.add(key) && !existing.contains(key), "file " + n + ": " + row.shortName() + " twice");
                }
                problemFiles += result.hasProblems() ? 1 : 0;
                if (n % STORE_EVERY == 0 && !result.rows().isEmpty()) {
                    stored += storeAllOrNothing(workspace, result, n);
                }
            }
        }
        assertTrue(problemFiles > MANGLED_FILES / 2, "the mangling should break most files: " + problemFiles);
        assertTrue(stored > 0, "some mangled files still hold good rows, and they were stored");
    }

    /** @return how many organisations were stored */
    private static int storeAllOrNothing(Workspace workspace, OrganisationCsvReader.Result result, int n) {
        int before = workspace.organisations().findAll().size();
        int auditBefore = workspace.audit().find(new AuditQuery(null, null, null, null, null, null, 100_000)).size();
        int stored;
        try {
            stored = workspace.organisations().importRows(result.rows()).size();
        } catch (ValidationException refused) {
            stored = 0;
        }
        assertTrue(stored == 0 || stored == result.rows().size(), "file " + n + ": a partial import");
        assertEquals(before + stored, workspace.organisations().findAll().size(), "file " + n);
        assertEquals(auditBefore + stored,
                workspace.audit().find(new AuditQuery(null, null, null, null, null, null, 100_000)).size(),
                "file " + n + ": one audit entry per stored organisation");
        return stored;
    }

    private static Set<String> shortNames(Workspace workspace) {
        var names = new HashSet<String>();
        workspace.organisations().findAll().forEach(o -> names.add(o.shortName()));
        return names;
    }

    private static byte[] mangle(byte[] original, Random random) {
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(original);
        byte[] data = bytes.toByteArray();
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && data.length > 1; e++) {
            int at = random.nextInt(data.length);
            data = switch (random.nextInt(5)) {
                case 0 -> flip(data, at, random);
                case 1 -> insert(data, at, new byte[] {NASTY[random.nextInt(NASTY.length)]});
                case 2 -> delete(data, at, Math.min(data.length - at, 1 + random.nextInt(40)));
                case 3 -> insert(data, at, java.util.Arrays.copyOfRange(data, at, Math.min(data.length, at + 80)));
                default -> java.util.Arrays.copyOf(data, Math.max(1, at));
            };
        }
        return data;
    }

    private static byte[] flip(byte[] data, int at, Random random) {
        byte[] copy = data.clone();
        copy[at] = (byte) random.nextInt(256);
        return copy;
    }

    private static byte[] insert(byte[] data, int at, byte[] extra) {
        byte[] copy = new byte[data.length + extra.length];
        System.arraycopy(data, 0, copy, 0, at);
        System.arraycopy(extra, 0, copy, at, extra.length);
        System.arraycopy(data, at, copy, at + extra.length, data.length - at);
        return copy;
    }

    private static byte[] delete(byte[] data, int at, int length) {
        byte[] copy = new byte[data.length - length];
        System.arraycopy(data, 0, copy, 0, at);
        System.arraycopy(data, at + length, copy, at, data.length - at - length);
        return copy;
    }

    private static int countLines(byte[] data) {
        int lines = 1;
        for (byte b : data) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        return lines;
    }
}
