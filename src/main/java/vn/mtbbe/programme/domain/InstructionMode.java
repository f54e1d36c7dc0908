package vn.mtbbe.programme.domain;

/** The language a subject is taught in at a stage: the mother tongue, both, or Vietnamese. */
public enum InstructionMode { MOTHER_TONGUE, BILINGUAL, VIETNAMESE }
