package vn.mtbbe.achievement.domain;

/**
 * What a subtask measures. The same skill in two languages lets a pupil's mother-tongue and Vietnamese results stand
 * side by side (in bands and zero scores, never as speeds on one scale).
 */
public enum Skill {
    LETTER_SOUNDS(Area.READING),
    FAMILIAR_WORDS(Area.READING),
    INVENTED_WORDS(Area.READING),
    ORAL_READING_FLUENCY(Area.READING),
    READING_COMPREHENSION(Area.READING),
    LISTENING_COMPREHENSION(Area.READING),
    NUMBER_IDENTIFICATION(Area.MATHEMATICS),
    ADDITION(Area.MATHEMATICS),
    SUBTRACTION(Area.MATHEMATICS),
    WORD_PROBLEMS(Area.MATHEMATICS);

    private final Area area;

    Skill(Area area) {
        this.area = area;
    }

    public Area area() {
        return area;
    }
}
