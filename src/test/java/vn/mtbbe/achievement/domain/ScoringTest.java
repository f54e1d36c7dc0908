package vn.mtbbe.achievement.domain;

import org.junit.jupiter.api.Test;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.Stage;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {

    /** Oral reading fluency: 60 words in 60 seconds; grade 2 benchmark 25 (approaching) and 45 (meeting) words a minute. */
    static final Scoring.Spec FLUENCY = new Scoring.Spec(1, Skill.ORAL_READING_FLUENCY, SubtaskKind.TIMED, 60, 60,
            Map.of(Stage.GRADE_2, new Scoring.Thresholds(25, 45)));
    /** Reading comprehension: 5 questions; grade 2 benchmark 3 and 4 correct. */
    static final Scoring.Spec COMPREHENSION = new Scoring.Spec(2, Skill.READING_COMPREHENSION, SubtaskKind.OUT_OF, 5, null,
            Map.of(Stage.GRADE_2, new Scoring.Thresholds(3, 4)));

    @Test
    void aTimedTaskFinishedEarlyCountsTheSecondsUsed() {
        // 30 correct words in 40 seconds: 30 ÷ (40 ÷ 60) = 45 words a minute, meeting the benchmark of 45.
        Scoring.Entry early = Scoring.Entry.of(30, 40);
        assertEquals(45.0, Scoring.perMinute(FLUENCY, early), 1e-9);
        assertEquals(Band.MEETING, Scoring.band(FLUENCY, Stage.GRADE_2, early));
        // The same 30 words over the whole minute: 30 a minute, approaching.
        Scoring.Entry whole = Scoring.Entry.of(30, 60);
        assertEquals(30.0, Scoring.perMinute(FLUENCY, whole), 1e-9);
        assertEquals(Band.APPROACHING, Scoring.band(FLUENCY, Stage.GRADE_2, whole));
        // 17 words in 45 seconds: 22.67 a minute, below.
        Scoring.Entry slow = Scoring.Entry.of(17, 45);
        assertEquals(22.666, Scoring.perMinute(FLUENCY, slow), 1e-3);
        assertEquals(Band.BELOW, Scoring.band(FLUENCY, Stage.GRADE_2, slow));
    }

    @Test
    void aTimedResultWithoutSecondsTookTheWholeTimeLimit() {
        Validation v = Validation.start();
        Scoring.Entry entry = Scoring.check(v, "results[0]", FLUENCY, 12, null, null);
        assertTrue(v.isValid());
        assertEquals(Scoring.Entry.of(12, 60), entry);
        assertEquals(12.0, Scoring.perMinute(FLUENCY, entry), 1e-9);
    }

    @Test
    void aZeroScoreIsFlaggedAndAnAbsenceIsNotAZero() {
        Scoring.Entry zero = Scoring.Entry.of(0, 60);
        Scoring.Derived d = Scoring.derive(FLUENCY, Stage.GRADE_2, zero);
        assertTrue(d.zeroScore());
        assertEquals(0.0, d.perMinute(), 1e-9);
        assertEquals(Band.BELOW, d.band());
        Scoring.Derived absent = Scoring.derive(FLUENCY, Stage.GRADE_2, Scoring.Entry.ABSENT);
        assertFalse(absent.zeroScore());
        assertNull(absent.perMinute());
        assertNull(absent.band());
    }

    @Test
    void anUntimedScoreIsBandedAsItIsAndHasNoRate() {
        Scoring.Entry three = Scoring.Entry.of(3, null);
        assertNull(Scoring.perMinute(COMPREHENSION, three));
        assertEquals(Band.APPROACHING, Scoring.band(COMPREHENSION, Stage.GRADE_2, three));
        assertEquals(Band.MEETING, Scoring.band(COMPREHENSION, Stage.GRADE_2, Scoring.Entry.of(5, null)));
        // No benchmark for grade 1: no band.
        assertNull(Scoring.band(COMPREHENSION, Stage.GRADE_1, three));
    }

    @Test
    void aRateIsBandedAsShownToATenth() {
        // 44 words in 58.67 s cannot be typed; 59 words in 79 s can: 44.81 a minute, shown 44.8, approaching.
        Scoring.Spec longer = new Scoring.Spec(1, Skill.ORAL_READING_FLUENCY, SubtaskKind.TIMED, 100, 120,
                Map.of(Stage.GRADE_2, new Scoring.Thresholds(25, 44.8)));
        assertEquals(Band.MEETING, Scoring.band(longer, Stage.GRADE_2, Scoring.Entry.of(59, 79)));
        assertEquals(Band.APPROACHING, Scoring.band(longer, Stage.GRADE_2, Scoring.Entry.of(59, 80)));
    }

    @Test
    void everyBrokenRuleIsReportedAtItsField() {
        Validation v = Validation.start();
        assertNull(Scoring.check(v, "r0", FLUENCY, 61, 75, null));
        assertNull(Scoring.check(v, "r1", FLUENCY, null, 30, false));
        assertNull(Scoring.check(v, "r2", COMPREHENSION, -1, 20, null));
        assertNull(Scoring.check(v, "r3", COMPREHENSION, 2, null, true));
        assertNull(Scoring.check(v, "r4", FLUENCY, 10, 0, null));
        List<String> found = v.errors().stream().map(e -> e.field() + " " + e.messageKey()).toList();
        assertEquals(List.of(
                "r0.score validation.achievement.scoreRange",
                "r0.seconds validation.achievement.secondsRange",
                "r1.score validation.achievement.scoreRequired",
                "r2.score validation.achievement.scoreRange",
                "r2.seconds validation.achievement.secondsNotTimed",
                "r3.absent validation.achievement.absentWithScore",
                "r4.seconds validation.achievement.secondsRange"), found);
        FieldError range = v.errors().get(0);
        assertEquals(60, range.args().get("max"));
    }

    @Test
    void aTallyHoldsTheFiguresOfAGroup() {
        Scoring.Tally t = new Scoring.Tally();
        // 45/min meeting, 30/min approaching, 0 below and a zero, absent, 22.67/min below.
        t.add(FLUENCY, Stage.GRADE_2, Scoring.Entry.of(30, 40));
        t.add(FLUENCY, Stage.GRADE_2, Scoring.Entry.of(30, 60));
        t.add(FLUENCY, Stage.GRADE_2, Scoring.Entry.of(0, 60));
        t.add(FLUENCY, Stage.GRADE_2, Scoring.Entry.ABSENT);
        t.add(FLUENCY, Stage.GRADE_2, Scoring.Entry.of(17, 45));
        assertEquals(5, t.pupils());
        assertEquals(1, t.absent());
        assertEquals(4, t.assessed());
        assertEquals(77, t.scoreSum());
        assertEquals(4, t.rated());
        assertEquals(45 + 30 + 0 + 22.6667, t.rateSum(), 1e-3);
        assertEquals(1, t.zeroScores());
        assertEquals(4, t.banded());
        assertEquals(1, t.approaching());
        assertEquals(1, t.meeting());
    }
}
