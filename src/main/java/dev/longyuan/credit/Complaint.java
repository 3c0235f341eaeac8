package dev.longyuan.credit;

import java.time.LocalDate;

/** A quality complaint (质量投诉) about an enterprise; only an upheld one counts against it. */
public record Complaint(
    long id, String enterpriseCode, LocalDate date, String substance, boolean upheld) {}
