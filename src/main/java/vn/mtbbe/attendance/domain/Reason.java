package vn.mtbbe.attendance.domain;

/** Why a pupil was absent with an excuse. */
public enum Reason {
    ILLNESS('I'),
    FAMILY('F'),
    SEASONAL_WORK('S'),
    WEATHER('W'),
    OTHER('O');

    final char code;

    Reason(char code) {
        this.code = code;
    }
}
