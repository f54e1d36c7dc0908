package vn.mtbbe.registry.domain;

public enum Sex { F, M }
