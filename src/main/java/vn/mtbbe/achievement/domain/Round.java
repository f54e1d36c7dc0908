package vn.mtbbe.achievement.domain;

/** The round of a sitting: the baseline, midline or endline of a school year, or a term's assessment. */
public enum Round {
    BASELINE, MIDLINE, ENDLINE, TERM
}
