package vn.mtbbe.registry.domain;

/** A pilot school teaches by an MTBBE programme; a comparison school is matched to pilots for evaluation. */
public enum Designation { PILOT, COMPARISON }
