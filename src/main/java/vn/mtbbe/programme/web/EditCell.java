package vn.mtbbe.programme.web;

import java.io.Serializable;

/**
 * One cell of the schedule editor: the mode (an instruction mode's name, or null for not taught) in the first
 * semester, and in the second when the reader split the cell by semester. {@code problem} marks a cell the
 * last save was refused for.
 */
public class EditCell implements Serializable {

    private final String stage;
    private final String subject;
    private String first;
    private String second;
    private boolean split;
    private boolean problem;

    EditCell(String stage, String subject, String first, String second) {
        this.stage = stage;
        this.subject = subject;
        this.first = first;
        this.second = second;
        this.split = !java.util.Objects.equals(first, second);
    }

    /** The mode in the second semester: its own when split, else the first semester's. */
    public String secondOrFirst() {
        return split ? second : first;
    }

    public String getStage() {
        return stage;
    }

    public String getSubject() {
        return subject;
    }

    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
        if (!split) {
            second = first;
        }
    }

    public String getSecond() {
        return second;
    }

    public void setSecond(String second) {
        this.second = second;
    }

    public boolean isSplit() {
        return split;
    }

    /** Splitting starts the second semester like the first; joining makes it the first again. */
    public void setSplit(boolean split) {
        if (!split || !this.split) {
            second = first;
        }
        this.split = split;
    }

    public boolean isProblem() {
        return problem;
    }

    void setProblem(boolean problem) {
        this.problem = problem;
    }
}
