package vn.mtbbe.achievement.domain;

import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.Stage;

import java.util.Map;

/**
 * The one place where a result is checked against its subtask and its derived values are worked out: the per-minute
 * rate of a timed subtask (correct ÷ (seconds used ÷ 60)), the zero-score flag, and the benchmark band (of the rate
 * for a timed subtask, of the score otherwise). Entry, imports, the summary rows that reports read and the pages all
 * use it, so a figure means the same everywhere. Rates in different languages are not on one scale: comparisons
 * across languages use bands and zero-score shares.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The benchmark of a subtask for a stage: below {@code approachingFrom} BELOW, from {@code meetingFrom} MEETING. */
    public record Thresholds(double approachingFrom, double meetingFrom) {
    }

    /** A subtask as scoring needs it. {@code seconds} is the time limit of a timed subtask, null otherwise. */
    public record Spec(long id, Skill skill, SubtaskKind kind, int items, Integer seconds, Map<Stage, Thresholds> benchmarks) {

        public boolean timed() {
            return kind == SubtaskKind.TIMED;
        }
    }

    /** A result as stored: absent (no score), or a score and, for a timed subtask, the seconds used. */
    public record Entry(boolean absent, Integer score, Integer seconds) {

        public static final Entry ABSENT = new Entry(true, null, null);

        public static Entry of(int score, Integer seconds) {
            return new Entry(false, score, seconds);
        }
    }

    /** What a result gives: the per-minute rate (timed subtasks), whether it is a zero score, and its band (or null). */
    public record Derived(Double perMinute, boolean zeroScore, Band band) {

        public static final Derived NONE = new Derived(null, false, null);
    }

    /**
     * Checks a result as submitted (any part may be missing) against its subtask, adding each problem at
     * {@code field}.score, .seconds or .absent, and returns it as stored, or null when it has a problem. A timed subtask
     * given no seconds took the whole time limit.
     */
    public static Entry check(Validation v, String field, Spec spec, Integer score, Integer seconds, Boolean absent) {
        if (Boolean.TRUE.equals(absent)) {
            if (score != null || seconds != null) {
                v.add(field + ".absent", "validation.achievement.absentWithScore");
                return null;
            }
            return Entry.ABSENT;
        }
        boolean ok = true;
        if (score == null) {
            v.add(field + ".score", "validation.achievement.scoreRequired");
            ok = false;
        } else if (score < 0 || score > spec.items()) {
            v.add(field + ".score", "validation.achievement.scoreRange", Map.of("max", spec.items()));
            ok = false;
        }
        Integer used = seconds;
        if (spec.timed()) {
            if (used == null) {
                used = spec.seconds();
            } else if (used < 1 || used > spec.seconds()) {
                v.add(field + ".seconds", "validation.achievement.secondsRange", Map.of("max", spec.seconds()));
                ok = false;
            }
        } else if (seconds != null) {
            v.add(field + ".seconds", "validation.achievement.secondsNotTimed");
            ok = false;
        }
        return ok ? Entry.of(score, used) : null;
    }

    /** Correct items per minute of a timed result: correct ÷ (seconds used ÷ 60); null for any other. */
    public static Double perMinute(Spec spec, Entry entry) {
        if (!spec.timed() || entry.absent() || entry.seconds() == null || entry.seconds() <= 0) {
            return null;
        }
        return entry.score() * 60.0 / entry.seconds();
    }

    public static boolean zeroScore(Entry entry) {
        return !entry.absent() && entry.score() == 0;
    }

    /** The band of a result for a pupil of {@code stage}; null when absent or the subtask has no benchmark for it. */
    public static Band band(Spec spec, Stage stage, Entry entry) {
        Thresholds t = stage == null ? null : spec.benchmarks().get(stage);
        if (t == null || entry.absent()) {
            return null;
        }
        double value = spec.timed() ? perMinute(spec, entry) : entry.score();
        // A rate is compared as shown (to a tenth), so that 44.99 shown as 45.0 does not fall below a benchmark of 45.
        double compared = Math.round(value * 10) / 10.0;
        if (compared >= t.meetingFrom()) {
            return Band.MEETING;
        }
        return compared >= t.approachingFrom() ? Band.APPROACHING : Band.BELOW;
    }

    public static Derived derive(Spec spec, Stage stage, Entry entry) {
        if (entry.absent()) {
            return Derived.NONE;
        }
        return new Derived(perMinute(spec, entry), zeroScore(entry), band(spec, stage, entry));
    }

    /** Running figures of a group of results of one subtask: what a summary row holds. */
    public static final class Tally {
        private int pupils;
        private int absent;
        private int assessed;
        private long scoreSum;
        private int rated;
        private double rateSum;
        private int zeroScores;
        private int banded;
        private int approaching;
        private int meeting;

        public void add(Spec spec, Stage stage, Entry entry) {
            pupils++;
            if (entry.absent()) {
                absent++;
                return;
            }
            Derived d = derive(spec, stage, entry);
            assessed++;
            scoreSum += entry.score();
            if (d.perMinute() != null) {
                rated++;
                rateSum += d.perMinute();
            }
            if (d.zeroScore()) {
                zeroScores++;
            }
            if (d.band() != null) {
                banded++;
                if (d.band() == Band.APPROACHING) {
                    approaching++;
                } else if (d.band() == Band.MEETING) {
                    meeting++;
                }
            }
        }

        public int pupils() {
            return pupils;
        }

        public int absent() {
            return absent;
        }

        public int assessed() {
            return assessed;
        }

        public long scoreSum() {
            return scoreSum;
        }

        public int rated() {
            return rated;
        }

        public double rateSum() {
            return rateSum;
        }

        public int zeroScores() {
            return zeroScores;
        }

        public int banded() {
            return banded;
        }

        public int approaching() {
            return approaching;
        }

        public int meeting() {
            return meeting;
        }
    }
}
