package vn.mtbbe.attendance.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One pupil's mark for one school day; a reason only with {@link Status#ABSENT_EXCUSED}. Stored as one character
 * (see the attendance migration).
 */
public record Mark(Status status, Reason reason) {

    public static final Mark PRESENT = new Mark(Status.PRESENT, null);
    public static final Mark LATE = new Mark(Status.LATE, null);
    public static final Mark ABSENT_UNEXCUSED = new Mark(Status.ABSENT_UNEXCUSED, null);
    public static final Mark ABSENT_EXCUSED = new Mark(Status.ABSENT_EXCUSED, null);

    /** The character that stands for "not marked". */
    public static final char NONE = '.';

    public Mark {
        Objects.requireNonNull(status);
        if (reason != null && status != Status.ABSENT_EXCUSED) {
            throw new IllegalArgumentException("a reason goes only with an excused absence");
        }
    }

    public static Mark of(Status status, Reason reason) {
        return status == Status.ABSENT_EXCUSED ? new Mark(status, reason) : new Mark(status, null);
    }

    public char code() {
        return switch (status) {
            case PRESENT -> 'P';
            case LATE -> 'L';
            case ABSENT_UNEXCUSED -> 'U';
            case ABSENT_EXCUSED -> reason == null ? 'E' : reason.code;
        };
    }

    /** The mark a stored character stands for; empty for {@link #NONE}. */
    public static Optional<Mark> fromCode(char code) {
        return switch (code) {
            case NONE -> Optional.empty();
            case 'P' -> Optional.of(PRESENT);
            case 'L' -> Optional.of(LATE);
            case 'U' -> Optional.of(ABSENT_UNEXCUSED);
            case 'E' -> Optional.of(ABSENT_EXCUSED);
            default -> {
                for (Reason r : Reason.values()) {
                    if (r.code == code) {
                        yield Optional.of(new Mark(Status.ABSENT_EXCUSED, r));
                    }
                }
                throw new IllegalArgumentException("no mark is stored as '" + code + "'");
            }
        };
    }
}
