package dev.longyuan.credit;

import java.time.LocalDate;
import java.util.List;

/** A recorded inspection result; the category is the enterprise's GB/T 4754 class when recorded. */
public record Inspection(
    long id,
    String enterpriseCode,
    String categoryCode,
    String product,
    String batch,
    boolean passed,
    List<String> itemsFailed,
    LocalDate date,
    String authority) {}
