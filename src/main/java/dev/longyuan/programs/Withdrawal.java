package dev.longyuan.programs;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Capacity withdrawn (退出、压减) from an enterprise on a date, by a document. */
public record Withdrawal(
    long id,
    String productCode,
    String enterpriseCode,
    String enterpriseName,
    String regionCode,
    LocalDate withdrawnOn,
    BigDecimal amount,
    String documentNumber,
    boolean synthetic) {}
