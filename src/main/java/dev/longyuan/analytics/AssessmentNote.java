package dev.longyuan.analytics;

/** A sentence about an assessment, in Chinese and English. */
public record AssessmentNote(String zh, String en) {}
