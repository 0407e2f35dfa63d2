package uk.dln.secretariat.app.core.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.directory.OrganisationRow;

/**
 * Reads an organisations CSV file (UTF-8; columns {@code name, short_name, kind} and optionally {@code parent,
 * member, notes}) into rows and the problems of each line, so a person sees every bad line at once and can choose to
 * skip them. Nothing here touches the workspace.
 */
public final class OrganisationCsvReader {

    public static final List<String> REQUIRED_COLUMNS = List.of("name", "short_name", "kind");
    /** Larger files are refused before parsing: no real organisations list comes near it. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The outcome of reading: good rows, and the problems of the lines that were not good. */
    public record Result(List<OrganisationRow> rows, List<Problem> problems, int badLines) {
        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /**
     * @param existingShortNames short names already in the workspace; a file may name them as parents but not
     *                           add them again
     */
    public Result read(InputStream in, Set<String> existingShortNames) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return failed(Problem.of("file", "import.error.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(Problem.of("file", "import.error.encoding", lineOfFirstBadByte(bytes)));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, lowerCase(existingShortNames));
    }

    private Result parse(String text, Set<String> existing) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<CSVRecord> records;
        Map<String, Integer> header;
        try (var parser = format.parse(new StringReader(text))) {
            header = parser.getHeaderMap().entrySet().stream().collect(Collectors.toMap(
                    e -> e.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
            records = parser.getRecords();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            return failed(Problem.of("file", "import.error.malformed", String.valueOf(e.getMessage())));
        }
        var missing = REQUIRED_COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return failed(Problem.of("file", "import.error.missingColumns", String.join(", ", missing)));
        }
        if (records.isEmpty()) {
            return failed(Problem.of("file", "import.error.empty"));
        }

        var candidates = new ArrayList<OrganisationRow>();
        var problems = new ArrayList<Problem>();
        var badLines = new HashSet<Integer>();
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            String controlColumn = controlCharacterColumn(record, header);
            if (controlColumn != null) {
                problems.add(Problem.of("file", "import.error.controlCharacter", line, controlColumn));
                badLines.add(line);
                continue;
            }
            String kindText = value(record, header, "kind");
            var kind = OrganisationKind.fromFileLabel(kindText);
            if (kind.isEmpty()) {
                problems.add(Problem.of("kind", "import.error.kind", line, kindText));
                badLines.add(line);
                continue;
            }
            String member = value(record, header, "member");
            if (!member.isEmpty() && !isYesNo(member)) {
                problems.add(Problem.of("member", "import.error.member", line, member));
                badLines.add(line);
                continue;
            }
            candidates.add(new OrganisationRow(line, value(record, header, "name"), value(record, header, "short_name"),
                    kind.get(), value(record, header, "parent"), member.isEmpty() || isYes(member),
                    value(record, header, "notes")));
        }

        var known = new HashSet<>(existing);
        candidates.forEach(row -> known.add(row.shortName().strip().toLowerCase(Locale.ROOT)));
        var seen = new HashSet<String>();
        var good = new ArrayList<OrganisationRow>();
        for (OrganisationRow row : candidates) {
            var rowProblems = new ArrayList<>(row.problems(known));
            String key = row.shortName().strip().toLowerCase(Locale.ROOT);
            if (existing.contains(key)) {
                rowProblems.add(Problem.of("shortName", "import.error.shortNameExists", row.line(), row.shortName()));
            } else if (!key.isEmpty() && !seen.add(key)) {
                rowProblems.add(Problem.of("shortName", "import.error.shortNameRepeated", row.line(), row.shortName()));
            }
            if (rowProblems.isEmpty()) {
                good.add(row);
            } else {
                problems.addAll(rowProblems);
                badLines.add(row.line());
            }
        }
        problems.sort(Comparator.comparingInt(problem -> (Integer) problem.arguments().get(0)));
        return new Result(good, problems, badLines.size());
    }

    private static Result failed(Problem problem) {
        return new Result(List.of(), List.of(problem), 0);
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    /** Invisible characters (NUL, BEL...) come from binary or damaged files, never from a list of organisations. */
    /**
     * The name of the first column holding a character documents cannot carry (the model's rule for all input; tab
     * and line breaks, which a quoted cell may hold, are fine), or null.
     */
    private static String controlCharacterColumn(CSVRecord record, Map<String, Integer> header) {
        for (int i = 0; i < record.size(); i++) {
            if (Validator.firstControlCharacter(record.get(i)) >= 0) {
                int column = i;
                return header.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                        .findFirst().orElse(String.valueOf(column + 1));
            }
        }
        return null;
    }

    private static boolean isYesNo(String text) {
        return Set.of("yes", "no", "y", "n", "true", "false", "1", "0").contains(text.toLowerCase(Locale.ROOT));
    }

    private static boolean isYes(String text) {
        return Set.of("yes", "y", "true", "1").contains(text.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCase(Set<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The 1-based line holding the first byte that is not UTF-8, so the message can point at it. */
    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
