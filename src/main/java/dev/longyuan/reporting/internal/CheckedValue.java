package dev.longyuan.reporting.internal;

import dev.longyuan.reporting.UnitType;
import dev.longyuan.reporting.ValueRecord;

/** A row that passed every check of its own, with the row number it came from. */
public record CheckedValue(int row, ValueRecord record, UnitType unitType) {}
