package vn.mtbbe.platform.imports;

import com.ibm.icu.util.ULocale;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.text.TextKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reading half of every import (attendance marks, pupil lists, assessment results): a file admitted by size and
 * checksum (the same file twice is answered with the earlier import), its header row mapped to the kind's columns
 * (by their API names or their names in any interface language), and each later row turned into a line by the kind,
 * every problem collected at its row and column. The kind then checks the lines together and writes them in one
 * transaction.
 */
public final class TableImport {

    private TableImport() {
    }

    /** What one kind of import reads: its name in the import log, its columns, and how a row becomes a line. */
    public abstract static class Kind<L> {

        private final String name;
        private final List<String> columns;
        private final String headerPrefix;

        /** {@code headerPrefix} + column is the bundle key of a column's name, e.g. {@code import.pupils.column.}. */
        protected Kind(String name, List<String> columns, String headerPrefix) {
            this.name = name;
            this.columns = List.copyOf(columns);
            this.headerPrefix = headerPrefix;
        }

        public String name() {
            return name;
        }

        public List<String> columns() {
            return columns;
        }

        public String headerKey(String column) {
            return headerPrefix + column;
        }

        /** Reports columns the file lacks (the header row is {@code row}). */
        public abstract void requireColumns(Columns columns, int row, ImportProblems problems);

        /** The line of a row, or null when the row has problems (each added to {@code problems}). */
        public abstract L line(Columns columns, TableFile.Row row, ImportProblems problems);

        /** Reports each of {@code required} that the header lacks. */
        protected static void require(Columns columns, int row, ImportProblems problems, List<String> required) {
            for (String column : required) {
                if (!columns.has(column)) {
                    problems.add(row, column, "import.error.missingColumn", Map.of("value", column));
                }
            }
        }
    }

    /** The columns a file's header named, by API name. */
    public static final class Columns {

        private final Map<String, Integer> index = new HashMap<>();

        public boolean has(String column) {
            return index.containsKey(column);
        }

        /** The cell of {@code column} in {@code row}, stripped; empty when the file has no such column. */
        public String cell(TableFile.Row row, String column) {
            Integer i = index.get(column);
            return i == null ? "" : row.cell(i);
        }

        boolean isEmpty() {
            return index.isEmpty();
        }
    }

    /** A file let in: its checksum, and the earlier import of the same bytes if there was one. */
    public record Admission(String checksum, Optional<ImportLog.Earlier> earlier) {
    }

    /** Refuses a file over {@code maxBytes} (413) before reading it; otherwise its checksum and any earlier import. */
    public static Admission admit(Path file, String kind, long maxBytes, ImportLog log) {
        try {
            if (Files.size(file) > maxBytes) {
                throw AppException.tooLarge(maxBytes);
            }
            String checksum = ImportLog.checksum(file);
            return new Admission(checksum, log.find(kind, checksum));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lines of {@code file}: the first non-blank row is the header, blank rows are skipped. An unreadable file is
     * a 400; problems of the header or of rows are added to {@code problems} (the caller refuses the file with them).
     */
    public static <L> List<L> read(Path file, Kind<L> kind, ImportProblems problems, ImportProgress.Reporter progress) {
        List<L> lines = new ArrayList<>();
        Columns columns = new Columns();
        boolean[] headerSeen = {false};
        boolean[] headerUsable = {false};
        Map<String, String> known = headerNames(kind);
        try {
            TableFile.read(file, row -> {
                if (row.isBlank()) {
                    return;
                }
                if (!headerSeen[0]) {
                    headerSeen[0] = true;
                    header(row, known, columns, problems);
                    if (!columns.isEmpty()) {
                        headerUsable[0] = true;
                        kind.requireColumns(columns, row.number(), problems);
                    }
                    return;
                }
                if (!headerUsable[0]) {
                    return;
                }
                if (row.number() % 1000 == 0) {
                    progress.report(ImportProgress.Phase.READING, row.number(), 0);
                }
                L line = kind.line(columns, row, problems);
                if (line != null) {
                    lines.add(line);
                }
            });
        } catch (TableFile.Unreadable e) {
            throw AppException.badRequest(e.getMessage());
        }
        if (!headerSeen[0]) {
            problems.add(1, null, "import.error.empty", Map.of());
        }
        return lines;
    }

    private static void header(TableFile.Row row, Map<String, String> known, Columns columns, ImportProblems problems) {
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (cell.isEmpty()) {
                continue;
            }
            String column = known.get(TextKeys.fold(cell));
            if (column == null) {
                problems.add(row.number(), null, "import.error.column", Map.of("value", cell));
            } else if (columns.index.putIfAbsent(column, i) != null) {
                problems.add(row.number(), null, "import.error.columnTwice", Map.of("value", cell));
            }
        }
    }

    /** The header names a column is known by: its API name and its name in every interface language, folded. */
    public static Map<String, String> headerNames(Kind<?> kind) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String column : kind.columns()) {
            names.put(TextKeys.fold(column), column);
            for (ULocale locale : Messages.SUPPORTED) {
                String name = Messages.pattern(locale, kind.headerKey(column));
                if (name != null) {
                    names.putIfAbsent(TextKeys.fold(name), column);
                }
            }
        }
        return names;
    }

    /** The reader's numeric date pattern with a four-digit year ({@code dd/MM/yyyy} in Vietnamese), for date cells. */
    public static java.time.format.DateTimeFormatter localDates(ULocale locale) {
        // Strict, so that 31/02/2018 is refused rather than taken as 28/02/2018; strict resolving needs the proleptic
        // year 'u' where ICU writes 'y'.
        String pattern = com.ibm.icu.text.DateTimePatternGenerator.getInstance(locale).getBestPattern("yyyyMMdd").replace('y', 'u');
        return java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.ROOT)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /** A date cell: ISO ({@code 2025-09-05}, as spreadsheets export dates) or in {@code localDates}; null otherwise. */
    public static java.time.LocalDate parseDate(String text, java.time.format.DateTimeFormatter localDates) {
        for (java.time.format.DateTimeFormatter f : List.of(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
                .withResolverStyle(java.time.format.ResolverStyle.STRICT), localDates)) {
            try {
                return java.time.LocalDate.parse(text, f);
            } catch (java.time.format.DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}
