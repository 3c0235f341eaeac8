package dev.longyuan.reporting;

import dev.longyuan.shared.Period;
import java.time.OffsetDateTime;

/** A period a reporting unit reported figures for, and when it first submitted any of them. */
public record PeriodFiling(Period period, OffsetDateTime firstSubmitted) {}
