package dev.longyuan.programs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DemonstrationDataTests {

  static final List<String> INDUSTRIES = List.of("C3311", "B0610", "C3011", "C3120", "C3110");

  static List<Enterprise> enterprises() {
    List<Enterprise> list = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      list.add(
          new Enterprise(
              CreditCode.withCheckCharacter(String.format("91620100DEMK%05d", i)),
              "演示企业" + i,
              RegionCode.of("620102"),
              IndustryCode.of(INDUSTRIES.get(i % INDUSTRIES.size())),
              SizeClass.values()[i % 4],
              "私营",
              true));
    }
    return list;
  }

  static List<Place> zones() {
    List<Place> zones = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      zones.add(
          new Place(
              PlaceKind.DEVELOPMENT_ZONE,
              "zone-" + i,
              null,
              "开发区" + i,
              "Zone " + i,
              "3.1",
              List.of("620100"),
              List.of(),
              List.of(),
              "provincial",
              null,
              null,
              null));
    }
    return zones;
  }

  @Test
  void theSameSeedGivesTheSameRecords() {
    Map<Integer, BigDecimal> output =
        Map.of(2015, new BigDecimal("660"), 2020, new BigDecimal("700"));
    assertThat(DemonstrationData.generate(enterprises(), zones(), output))
        .isEqualTo(DemonstrationData.generate(enterprises(), zones(), output));
  }

  @Test
  void withdrawalsNeverExceedTheCapacityStatedAndCementIsSizedFromOutput() {
    Map<Integer, BigDecimal> output =
        Map.of(2015, new BigDecimal("660"), 2020, new BigDecimal("702"));
    DemonstrationData.Records records = DemonstrationData.generate(enterprises(), zones(), output);
    for (String product : List.of("coal", "cement", "crude-steel")) {
      BigDecimal stated =
          records.capacities().stream()
              .filter(c -> c.record().productCode().equals(product))
              .map(c -> c.record().capacity())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal withdrawn =
          records.withdrawals().stream()
              .filter(w -> w.record().productCode().equals(product))
              .map(w -> w.record().amount())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(withdrawn).isLessThanOrEqualTo(stated);
      if (product.equals("cement")) {
        // 660 / 0.58 = 1137.93 at the end of 2015 (each works rounded to the hundredth), 12% of it
        // (136.55) withdrawn by 2020
        assertThat(stated.doubleValue()).isCloseTo(1137.93, Offset.offset(0.5));
        assertThat(withdrawn.doubleValue()).isCloseTo(136.55, Offset.offset(0.5));
      }
    }
  }
}
