package dev.longyuan.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An administrative penalty (行政处罚) to record: document number, date, authority, reason, 万元. */
public record PenaltyDraft(
    String enterpriseCode,
    String documentNumber,
    LocalDate date,
    String authority,
    String reason,
    BigDecimal amount) {}
