package dev.longyuan.programs;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A withdrawal to record. */
public record NewWithdrawal(
    String productCode,
    String enterpriseCode,
    LocalDate withdrawnOn,
    BigDecimal amount,
    String documentNumber) {}
