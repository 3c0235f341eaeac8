package dev.longyuan.market;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Enterprises, supplies and demands the market tests post, each test class under its own tag. */
final class MarketFixtures {

  private MarketFixtures() {}

  /**
   * Registers an in-province enterprise: the credit code's organisation part is the tag (four
   * digits) and the number (four digits), so that each test class has its own.
   */
  static String enterprise(
      ReportingService reporting, String tag, int number, String name, String region) {
    String code =
        CreditCode.withCheckCharacter("91" + region + "7" + tag + String.format("%04d", number))
            .value();
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(code),
                name,
                RegionCode.of(region),
                IndustryCode.of("C3011"),
                SizeClass.MEDIUM,
                "私营",
                false)),
        List.of());
    return code;
  }

  static SupplyDraft supply(
      String enterprise,
      String product,
      String specification,
      String category,
      double monthlyCapacity,
      String unit) {
    return new SupplyDraft(
        enterprise,
        product,
        specification,
        category,
        BigDecimal.valueOf(monthlyCapacity),
        unit,
        null,
        null,
        null,
        "ISO 9001",
        null);
  }

  static DemandDraft demand(
      String title,
      String specification,
      String category,
      double quantity,
      String unit,
      String region,
      int days) {
    return new DemandDraft(
        title,
        specification,
        category,
        BigDecimal.valueOf(quantity),
        unit,
        region,
        "",
        LocalDate.now().plusDays(days),
        BigDecimal.valueOf(50),
        "张工 0931-0000000",
        null,
        null);
  }
}
