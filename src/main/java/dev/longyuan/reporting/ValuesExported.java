package dev.longyuan.reporting;

/** Values left the platform as a file. */
public record ValuesExported(String actor, String format, String filter) {}
