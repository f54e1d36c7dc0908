package vn.mtbbe.registry.domain;

/** How an enrolment in a class ended. An open enrolment has none yet. */
public enum Outcome { PROMOTED, REPEATED, TRANSFERRED, DROPPED_OUT, COMPLETED }
