package dev.longyuan.sharing;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Enterprises and resources the sharing tests register, each test class under its own tag. */
final class SharingFixtures {

  private SharingFixtures() {}

  /** Registers an in-province enterprise whose credit code holds the class's tag and a number. */
  static String enterprise(
      ReportingService reporting, String tag, int number, String name, String region) {
    String code =
        CreditCode.withCheckCharacter("91" + region + "8" + tag + String.format("%04d", number))
            .value();
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(code),
                name,
                RegionCode.of(region),
                IndustryCode.of("C3484"),
                SizeClass.MEDIUM,
                "国有",
                false)),
        List.of());
    return code;
  }

  /** Equipment open on weekdays 08:00–16:00 from 2027-01-01, as the tests book it. */
  static ResourceDraft equipment(
      String owner,
      String county,
      String name,
      String specification,
      String price,
      String contact,
      String level,
      @Nullable String blocked) {
    return new ResourceDraft(
        "EQUIPMENT",
        name,
        owner,
        county,
        specification,
        "1-5",
        "08:00-16:00",
        "2027-01-01",
        null,
        blocked,
        price,
        contact,
        level,
        null,
        null,
        null);
  }

  /** Spare capacity of a process, open on weekdays 08:00–16:00 from 2027-01-01. */
  static ResourceDraft capacity(
      String owner,
      String county,
      String name,
      String specification,
      String contact,
      String level,
      String process,
      double monthly,
      String unit) {
    return new ResourceDraft(
        "富余产能",
        name,
        owner,
        county,
        specification,
        "1-5",
        "08:00-16:00",
        "2027-01-01",
        null,
        null,
        "按机时计价（模拟数据）",
        contact,
        level,
        process,
        BigDecimal.valueOf(monthly),
        unit);
  }
}
