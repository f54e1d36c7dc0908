package vn.mtbbe.programme.web;

import java.io.Serializable;

/**
 * A programme as the list shows it: the mother tongue named in the reader's language, how many schedule
 * versions it has, and the version in force for cohorts starting this school year (null when none is).
 */
public record ProgrammeRow(long id, String name, String motherTongue, String motherTongueName, int versions,
                           Integer currentVersion, Integer currentValidFrom) implements Serializable {
}
