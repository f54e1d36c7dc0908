package vn.mtbbe.platform.web;

import java.io.Serializable;

/** One choice of a select box: the value sent and the label shown (already in the reader's language). */
public record Choice(String value, String label) implements Serializable {
}
