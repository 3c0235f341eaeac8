package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRecord;
import dev.longyuan.shared.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What goes into a filled form sheet: one reporting unit, one period, and its values (those of
 * other units, periods or elements not on the form are left out).
 */
public record FormFilling(
    String reportingUnit, @Nullable String unitName, Period period, List<ValueRecord> values) {

  public FormFilling {
    values = List.copyOf(values);
  }
}
