package vn.mtbbe.platform.imports;

import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every problem of a file, each at its row and column ({@code rows[12].date}), its message a bundle key with
 * arguments so that it reaches the reader in their language. A file with thousands of bad rows reports the first
 * {@link #MAX} of them and says how many there were.
 */
public final class ImportProblems {

    public static final int MAX = 1000;

    private final List<FieldError> errors = new ArrayList<>();
    private int count;

    public static String field(int row, String column) {
        return "rows[" + row + "]" + (column == null ? "" : "." + column);
    }

    public void add(int row, String column, String messageKey, Map<String, Object> args) {
        add(new FieldError(field(row, column), messageKey, args));
    }

    public void add(FieldError error) {
        count++;
        if (errors.size() < MAX) {
            errors.add(error);
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int count() {
        return count;
    }

    /** Refuses the file with every problem found (422). */
    public void throwIfAny() {
        if (count > 0) {
            throw new ValidationException(List.copyOf(errors));
        }
    }
}
