package dev.longyuan.plan;

/** An error in the printed plan, what it should say, and why. */
public record Correction(
    String field, String printed, String corrected, String reasonZh, String reasonEn) {}
