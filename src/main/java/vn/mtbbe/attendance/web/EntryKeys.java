package vn.mtbbe.attendance.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The keys of the attendance entry grids: one key per mark, the same for the class-day and the class-month grid
 * whatever the interface language, so a trained hand does not change with the language. Pages hand them to the
 * grid's script ({@code #{entryKeys.json}}) and show them in the legend with each mark's name in the reader's
 * language ({@code attendance.mark.*}).
 */
@Named
@ApplicationScoped
public class EntryKeys {

    /** A key and the stored code of the mark it sets. */
    public record Key(String key, String mark) {
    }

    static final List<Key> MARKS = List.of(
            new Key("p", "P"), new Key("l", "L"), new Key("u", "U"), new Key("e", "E"),
            new Key("i", "I"), new Key("f", "F"), new Key("s", "S"), new Key("w", "W"), new Key("o", "O"));

    private static final String JSON = MARKS.stream().map(k -> "\"" + k.key() + "\":\"" + k.mark() + "\"")
            .collect(Collectors.joining(",", "{", "}"));

    public List<Key> getLegend() {
        return MARKS;
    }

    /** The marks in the order of the grids' menus. */
    public List<String> getMarks() {
        return MARKS.stream().map(Key::mark).toList();
    }

    /** The keys as a JSON object for the grid's script: {"p":"P",…}. */
    public String getJson() {
        return JSON;
    }
}
