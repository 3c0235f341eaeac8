package dev.longyuan.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.trace.HerbProfile;
import dev.longyuan.trace.internal.CaptureService;
import dev.longyuan.trace.internal.ErrorBehaviour;
import dev.longyuan.trace.internal.RecallService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A recall in the traceability repository counts against the enterprise that made the recalled lot
 * — a 党参 processor in 渭源 (621123) here, its place and credit code stated in the captured document's
 * master data — and not against the pharmacy that sold it.
 */
@PlatformTest
class RecallCreditTests {

  static final String WEIYUAN = "621123";
  static final DataScope PROVINCE = DataScope.everything(true);

  @Autowired ReportingService reporting;
  @Autowired CreditRecords records;
  @Autowired CaptureService capture;
  @Autowired RecallService recalls;

  @Test
  void aRecallOfALotCostsItsMakerFifteenPointsAndNamesTheLot() {
    String maker = CreditFixtures.enterprise(reporting, "206", 1, "渭源测试党参加工有限公司", WEIYUAN, "C2730");
    String pharmacy =
        CreditFixtures.enterprise(reporting, "206", 2, "渭源测试大药房有限公司", WEIYUAN, "F5251");
    String plant = HerbProfile.NAMESPACE + "location/" + maker;
    String shop = HerbProfile.NAMESPACE + "location/" + pharmacy;
    String batch = "DS-" + CreditFixtures.RUN;
    String lot = HerbProfile.lot(gtin("0693000100001"), batch);
    String retail = HerbProfile.lot(gtin("0693000100002"), batch + "-R");
    String document =
        """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                      {"herb": "https://ns.longyuan.dev/herb/"}],
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-10-01T08:00:00+08:00",
         "epcisHeader": {"epcisMasterData": {"vocabularyList": [
           {"type": "urn:epcglobal:epcis:vtype:ReadPoint", "vocabularyElementList": [%s, %s]}]}},
         "epcisBody": {"eventList": [
           {"type": "ObjectEvent", "eventTime": "2026-10-01T08:00:00+08:00",
            "eventTimeZoneOffset": "+08:00", "action": "ADD", "bizStep": "commissioning",
            "quantityList": [{"epcClass": "%s", "quantity": 500, "uom": "KGM"}],
            "readPoint": {"id": "%s"}},
           {"type": "TransformationEvent", "eventTime": "2026-10-08T10:00:00+08:00",
            "eventTimeZoneOffset": "+08:00", "bizStep": "repackaging",
            "inputQuantityList": [{"epcClass": "%s", "quantity": 20, "uom": "KGM"}],
            "outputQuantityList": [{"epcClass": "%s", "quantity": 40}],
            "readPoint": {"id": "%s"}}
         ]}}
        """
            .formatted(
                place(plant, maker, "渭源测试党参加工厂", "渭源测试党参加工有限公司"),
                place(shop, pharmacy, "渭源测试大药房门店", "渭源测试大药房有限公司"),
                lot,
                plant,
                lot,
                retail,
                shop);
    CaptureService.Checked checked =
        capture.check(document.getBytes(StandardCharsets.UTF_8), false);
    assertThat(checked.problems()).isEmpty();
    capture.capture(checked, ErrorBehaviour.ROLLBACK, "admin");
    assertThat(records.evaluation(maker, PROVINCE).score()).isEqualTo(100);

    recalls.recall(lot, "二氧化硫残留量超标", "sulphur dioxide residue above the limit", "admin");

    CreditRecord record = records.record(maker, PROVINCE);
    assertThat(record.evaluation().score()).isEqualTo(85);
    assertThat(record.evaluation().grade()).isEqualTo(Grade.B);
    assertThat(record.evaluation().factors())
        .filteredOn(f -> f.code().equals("recalls"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.points()).isEqualTo(-15);
              assertThat(f.textZh()).contains("被召回 1 次", lot, "二氧化硫残留量超标", "扣 15 分");
              assertThat(f.textEn()).contains(lot, "sulphur dioxide residue above the limit");
            });
    assertThat(record.history())
        .first()
        .satisfies(
            newest -> {
              assertThat(newest.grade()).isEqualTo(Grade.B);
              assertThat(newest.ruleVersion()).isEqualTo(2);
              assertThat(newest.cause()).contains("产品召回", lot);
            });
    // the pharmacy made only the retail packs downstream: the recall protects it, costs it nothing
    assertThat(records.evaluation(pharmacy, PROVINCE).score()).isEqualTo(100);
  }

  /** A place in the header's master data, owned by the enterprise with this credit code. */
  static String place(String id, String creditCode, String name, String party) {
    return """
        {"id": "%s", "attributes": [
          {"id": "cbvmda:name", "attribute": "%s"},
          {"id": "cbvmda:latitude", "attribute": 35.136},
          {"id": "cbvmda:longitude", "attribute": 104.215},
          {"id": "herb:partyCreditCode", "attribute": "%s"},
          {"id": "herb:partyName", "attribute": "%s"},
          {"id": "herb:regionCode", "attribute": "%s"}]}
        """
        .formatted(id, name, creditCode, party, WEIYUAN);
  }

  /** A GTIN-14 of thirteen digits and their GS1 check digit. */
  static String gtin(String thirteen) {
    int sum = 0;
    for (int i = 0; i < 13; i++) {
      int digit = thirteen.charAt(12 - i) - '0';
      sum += i % 2 == 0 ? digit * 3 : digit;
    }
    return thirteen + (10 - sum % 10) % 10;
  }
}
