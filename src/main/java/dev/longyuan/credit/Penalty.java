package dev.longyuan.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded administrative penalty; the amount in 万元. */
public record Penalty(
    long id,
    String enterpriseCode,
    String documentNumber,
    LocalDate date,
    String authority,
    String reason,
    BigDecimal amount) {}
