package vn.mtbbe.achievement.domain;

/**
 * How a subtask is scored: correct items in a timed task (the time limit is the subtask's seconds; a child who finishes
 * early records the seconds used), correct items out of the item count, or a score on a scale from 0 to the item count.
 */
public enum SubtaskKind {
    TIMED, OUT_OF, SCALE
}
