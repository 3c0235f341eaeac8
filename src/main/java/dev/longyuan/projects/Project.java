package dev.longyuan.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A key project: its owner (a registered enterprise's unified social credit code, or only a name),
 * its county, the plan's sector and/or a GB/T 4754-2017 code, the plan's industry chain, industrial
 * base and development zone it belongs to, and its total investment in 万元. {@code synthetic} marks
 * demonstration data (模拟数据).
 */
public record Project(
    String code,
    String planId,
    String name,
    @Nullable String ownerCreditCode,
    String ownerName,
    String regionCode,
    @Nullable String sector,
    @Nullable String industryCode,
    @Nullable String chain,
    @Nullable String base,
    @Nullable String zone,
    BigDecimal totalInvestment,
    LocalDate startDate,
    LocalDate plannedFinish,
    ProjectStatus status,
    boolean synthetic) {

  /** The city (prefecture) the project's county belongs to: 620102 and 620171 are in 620100. */
  public String cityCode() {
    return regionCode.substring(0, 4) + "00";
  }
}
