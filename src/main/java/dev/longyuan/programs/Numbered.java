package dev.longyuan.programs;

/** A record to store with the row of the file it came from (0 for one posted alone). */
public record Numbered<T>(int row, T record) {}
