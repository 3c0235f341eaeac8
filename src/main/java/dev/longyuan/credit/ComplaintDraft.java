package dev.longyuan.credit;

import java.time.LocalDate;

/** A quality complaint to record: when it was received, what it said, and whether upheld. */
public record ComplaintDraft(
    String enterpriseCode, LocalDate date, String substance, boolean upheld) {}
