package vn.mtbbe.achievement.domain;

/** Where a result stands against the benchmark of its subtask and stage. */
public enum Band {
    BELOW, APPROACHING, MEETING
}
