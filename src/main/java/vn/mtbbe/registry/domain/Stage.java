package vn.mtbbe.registry.domain;

import java.util.Optional;

/** The stages an MTBBE cohort passes through: preschool at age 5, then grades 1 to 5 of primary school. */
public enum Stage {
    PRESCHOOL_5, GRADE_1, GRADE_2, GRADE_3, GRADE_4, GRADE_5;

    /** The stage after this one, or empty after grade 5 (primary completed). */
    public Optional<Stage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean isPrimary() {
        return this != PRESCHOOL_5;
    }

    /** Whether a school of {@code level} teaches this stage. */
    public boolean taughtAt(SchoolLevel level) {
        return switch (level) {
            case PRESCHOOL -> this == PRESCHOOL_5;
            case PRIMARY -> isPrimary();
            case COMBINED -> true;
        };
    }
}
