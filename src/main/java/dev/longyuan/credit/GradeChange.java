package dev.longyuan.credit;

import java.time.OffsetDateTime;

/** A change of an enterprise's grade: to what, under which rules, and what caused it. */
public record GradeChange(
    int score, Grade grade, int ruleVersion, String cause, OffsetDateTime changedAt) {}
