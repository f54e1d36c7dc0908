package vn.mtbbe.registry.domain;

public enum SchoolLevel { PRESCHOOL, PRIMARY, COMBINED }
