package dev.longyuan.market;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 省内采购占比: of what demands' owners bought, the share bought from in-province suppliers through their
 * matches (deals and deliveries, 万元) against what they recorded as bought outside the province; by
 * the demand's category (sector), the city of delivery, and the key project.
 */
public record ProcurementShare(
    Row total, List<Row> bySector, List<Row> byRegion, List<Row> byProject) {

  /** One group: its key and name, the amounts in 万元, and the share in percent (null for none). */
  public record Row(
      String key, String nameZh, String nameEn, BigDecimal inProvince, BigDecimal outside) {

    public @Nullable Double sharePercent() {
      BigDecimal all = inProvince.add(outside);
      return all.signum() == 0 ? null : inProvince.doubleValue() / all.doubleValue() * 100;
    }
  }
}
