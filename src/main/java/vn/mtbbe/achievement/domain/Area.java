package vn.mtbbe.achievement.domain;

/** What an instrument assesses: reading (EGRA-style) or mathematics (EGMA-style). */
public enum Area {
    READING, MATHEMATICS
}
