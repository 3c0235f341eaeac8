package dev.longyuan.reporting;

/** Values were written by an import (a file, a form, the shipped data), in the same transaction. */
public record ValuesImported(
    long importId,
    String actor,
    String fileName,
    String format,
    String source,
    int created,
    int updated,
    int unchanged) {}
