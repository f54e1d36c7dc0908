package vn.mtbbe.programme.web;

import java.io.Serializable;
import java.util.List;

/** One subject of the schedule editor: its code, name in the reader's language, whether core, and its cells. */
public record EditRow(String subject, String name, boolean core, List<EditCell> cells) implements Serializable {
}
