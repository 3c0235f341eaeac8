package dev.longyuan.programs;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An enterprise's capacity of a product as of a date (万吨; flat glass in 万重量箱). */
public record CapacityStatement(
    long id,
    String productCode,
    String enterpriseCode,
    String enterpriseName,
    String regionCode,
    String industryCode,
    BigDecimal capacity,
    LocalDate asOf,
    String documentNumber,
    boolean synthetic) {}
