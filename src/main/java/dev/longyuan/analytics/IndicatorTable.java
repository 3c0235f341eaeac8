package dev.longyuan.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An indicator computed at once for every period asked, for the province, every city and every
 * county, each for all industries (sector null) and for every sector given.
 */
public record IndicatorTable(String definition, String measure, List<Row> rows) {

  /** One cell; a null value could not be computed (never zero). */
  public record Row(
      String period, String regionCode, @Nullable String sector, @Nullable BigDecimal value) {}
}
