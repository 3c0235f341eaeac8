package dev.longyuan.smeservices;

import java.time.LocalDate;

/**
 * An open request past a deadline as of a day: which ({@code acknowledge} or {@code resolve}), by
 * how many working days, in its enterprise's county, held by which node.
 */
public record Breach(
    long requestId,
    String regionCode,
    String nodeCode,
    String nodeNameZh,
    String title,
    String deadline,
    LocalDate due,
    int workingDaysLate) {}
