package dev.longyuan.reporting;

import org.jspecify.annotations.Nullable;

/**
 * One data value as read from an import file, before any checking: every field is the text found in
 * the file (null where the cell is empty). {@code row} is the 1-based number a person sees for it
 * (the line of a CSV file, counting the header as line 1; the row of a spreadsheet; the position in
 * a JSON array, from 1), and {@code sheet} names the sheet of a spreadsheet, else null.
 */
public record ValueRow(
    int row,
    @Nullable String sheet,
    @Nullable String dataElement,
    @Nullable String reportingUnit,
    @Nullable String period,
    @Nullable String measure,
    @Nullable String value,
    @Nullable String previousYearValue,
    @Nullable String comment) {}
