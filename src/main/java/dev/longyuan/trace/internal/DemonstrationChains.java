package dev.longyuan.trace.internal;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.trace.HerbProfile;
import dev.longyuan.trace.persistence.Parties.Location;
import dev.longyuan.trace.persistence.Parties.Party;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped demonstration chains (模拟数据), written for this project: 当归 from 岷县, 黄芪 from 陇西, 党参
 * from 渭源 and 甘草 from 民勤 in the Hexi corridor, each planted from a seed lot, tended, harvested,
 * processed where it grew (产地加工), stored, shipped on a pallet to a distributor in 兰州, repacked into
 * two retail lots and sold by pharmacies in 兰州 and 天水. Every company, code, number and test report
 * here is invented; the GB/T 31774 commodity codes are left out rather than guessed.
 */
public final class DemonstrationChains {

  public static final String LABEL = "trace demonstration chains 2025 (模拟数据)";

  /** The company prefix of every GTIN, GLN and SSCC here (invented, as everything else). */
  static final String COMPANY = "6971234";

  static final String TZ = "+08:00";

  /** One herb's chain: its names, where it grows, its parties' codes and its lots' batches. */
  record Herb(
      String key,
      String nameZh,
      String nameEn,
      String latinName,
      String originZh,
      String regionCode,
      String growerZh,
      String processorZh,
      double longitude,
      double latitude,
      int item,
      int month) {

    String batch(String stage) {
      return key + "-" + stage + "25";
    }

    String gtin(int offset) {
      return DigitalLink.gtin(COMPANY, "0" + String.format("%05d", item + offset));
    }

    String seedLot() {
      return HerbProfile.lot(gtin(0), batch("S"));
    }

    String freshLot() {
      return HerbProfile.lot(gtin(1), batch("H"));
    }

    String driedLot() {
      return HerbProfile.lot(gtin(2), batch("P"));
    }

    String retailLot(String which) {
      return HerbProfile.lot(gtin(3), batch("R" + which));
    }

    String pallet() {
      return "https://id.gs1.org/00/" + DigitalLink.withCheck("0" + COMPANY + "00000" + item);
    }
  }

  public static final List<Herb> HERBS =
      List.of(
          new Herb(
              "DG",
              "当归",
              "Angelica root",
              "Angelica sinensis (Oliv.) Diels",
              "甘肃省定西市岷县",
              "621126",
              "岷县梅川当归种植专业合作社（模拟）",
              "岷县当归产地加工有限公司（模拟）",
              104.04,
              34.44,
              1000,
              3),
          new Herb(
              "HQ",
              "黄芪",
              "Astragalus root",
              "Astragalus membranaceus (Fisch.) Bge. var. mongholicus (Bge.) Hsiao",
              "甘肃省定西市陇西县",
              "621122",
              "陇西首阳黄芪种植专业合作社（模拟）",
              "陇西黄芪产地加工有限公司（模拟）",
              104.63,
              35.00,
              2000,
              4),
          new Herb(
              "DN",
              "党参",
              "Codonopsis root",
              "Codonopsis pilosula (Franch.) Nannf.",
              "甘肃省定西市渭源县",
              "621123",
              "渭源会川党参种植专业合作社（模拟）",
              "渭源党参产地加工有限公司（模拟）",
              104.21,
              35.13,
              3000,
              4),
          new Herb(
              "GC",
              "甘草",
              "Liquorice root",
              "Glycyrrhiza uralensis Fisch.",
              "甘肃省武威市民勤县（河西走廊）",
              "620621",
              "民勤甘草种植专业合作社（模拟）",
              "民勤甘草产地加工有限公司（模拟）",
              103.09,
              38.62,
              4000,
              3));

  /** The distributor in 兰州 and the two pharmacies every chain ends at. */
  static final Party DISTRIBUTOR =
      party(
          "91620102MA",
          "LY0001",
          "0090",
          "陇原中药材物流有限公司（模拟）",
          "Longyuan Herb Logistics (demo)",
          "620102");

  static final Party PHARMACY_LANZHOU =
      party(
          "91620102MA",
          "YF0001",
          "0091",
          "兰州城关大药房（模拟）",
          "Chengguan Pharmacy, Lanzhou (demo)",
          "620102");

  static final Party PHARMACY_TIANSHUI =
      party(
          "91620502MA",
          "YF0002",
          "0092",
          "天水秦州大药房（模拟）",
          "Qinzhou Pharmacy, Tianshui (demo)",
          "620502");

  private DemonstrationChains() {}

  /** The parties, their places and the EPCIS document of every chain. */
  public record Chains(List<Party> parties, List<Location> locations, ObjectNode document) {}

  public static Chains build() {
    List<Party> parties =
        new ArrayList<>(List.of(DISTRIBUTOR, PHARMACY_LANZHOU, PHARMACY_TIANSHUI));
    List<Location> locations = new ArrayList<>();
    locations.add(site(DISTRIBUTOR, "陇原中药材物流兰州仓", "Lanzhou warehouse", 103.83, 36.06));
    locations.add(site(PHARMACY_LANZHOU, "兰州城关大药房", "Chengguan Pharmacy", 103.85, 36.05));
    locations.add(site(PHARMACY_TIANSHUI, "天水秦州大药房", "Qinzhou Pharmacy", 105.72, 34.58));
    ObjectNode document = JsonMapper.shared().createObjectNode();
    ArrayNode context = document.putArray("@context");
    context.add(EpcisDocument.CONTEXT_URL);
    context.addObject().put(HerbProfile.PREFIX, HerbProfile.NAMESPACE);
    document.put("type", "EPCISDocument");
    document.put("schemaVersion", "2.0");
    document.put("creationDate", "2026-01-31T00:00:00+08:00");
    ArrayNode events = document.putObject("epcisBody").putArray("eventList");
    for (Herb herb : HERBS) {
      Party grower =
          new Party(
              HerbProfile.party(code("93" + herb.regionCode() + "MA" + herb.key() + "00001"), null),
              code("93" + herb.regionCode() + "MA" + herb.key() + "00001"),
              null,
              herb.growerZh(),
              herb.nameEn() + " growers' cooperative (demo)",
              herb.regionCode());
      Party processor =
          party(
              "91" + herb.regionCode().substring(0, 4) + "00MA",
              herb.key() + "0002",
              String.valueOf(herb.item() / 1000),
              herb.processorZh(),
              herb.nameEn() + " processor (demo)",
              herb.regionCode());
      parties.add(grower);
      parties.add(processor);
      Location plot =
          new Location(
              HerbProfile.NAMESPACE + "location/" + herb.key() + "-plot-01",
              grower.id(),
              herb.originZh() + herb.nameZh() + "种植基地1号地块",
              herb.nameEn() + " plot 1",
              herb.regionCode(),
              BigDecimal.valueOf(herb.longitude()),
              BigDecimal.valueOf(herb.latitude()));
      Location plant =
          site(
              processor,
              herb.processorZh().replace("（模拟）", "") + "加工厂",
              herb.nameEn() + " processing plant",
              herb.longitude() + 0.05,
              herb.latitude() + 0.03);
      locations.add(plot);
      locations.add(plant);
      new ChainWriter(herb, grower, processor, plot.id(), plant.id(), events).write();
    }
    return new Chains(parties, locations, document);
  }

  private static String code(String first17) {
    return CreditCode.withCheckCharacter(first17).value();
  }

  private static Party party(
      String head, String tail, String glnReference, String nameZh, String nameEn, String region) {
    String creditCode = code(head + tail + "0".repeat(17 - head.length() - tail.length()));
    String gln =
        DigitalLink.withCheck(COMPANY + "0" + "0".repeat(4 - glnReference.length()) + glnReference);
    return new Party(HerbProfile.party(creditCode, gln), creditCode, gln, nameZh, nameEn, region);
  }

  private static Location site(Party party, String nameZh, String nameEn, double lon, double lat) {
    return new Location(
        "https://id.gs1.org/414/" + party.gln(),
        party.id(),
        nameZh,
        nameEn,
        party.regionCode(),
        BigDecimal.valueOf(lon).setScale(6, java.math.RoundingMode.HALF_UP),
        BigDecimal.valueOf(lat).setScale(6, java.math.RoundingMode.HALF_UP));
  }

  /** Writes one herb's events, from planting to the pharmacy's counter. */
  private record ChainWriter(
      Herb herb, Party grower, Party processor, String plot, String plant, ArrayNode events) {

    void write() {
      String seed = herb.seedLot();
      String fresh = herb.freshLot();
      String dried = herb.driedLot();
      String retailA = herb.retailLot("A");
      String retailB = herb.retailLot("B");
      String warehouse = "https://id.gs1.org/414/" + DISTRIBUTOR.gln();
      String lanzhou = "https://id.gs1.org/414/" + PHARMACY_LANZHOU.gln();
      String tianshui = "https://id.gs1.org/414/" + PHARMACY_TIANSHUI.gln();
      int m = herb.month();

      ObjectNode planting = object("ADD", day(2025, m, 20), HerbProfile.Step.PLANTING.uri(), plot);
      quantities(planting, "quantityList", seed, 200);
      planting.put("disposition", "active");
      ObjectNode seedIlmd = planting.putObject("ilmd");
      seedIlmd.put(HerbProfile.PRODUCT_NAME, herb.nameZh() + "种苗");
      seedIlmd.put(HerbProfile.LATIN_NAME, herb.latinName());
      seedIlmd.put(HerbProfile.ORIGIN, herb.originZh());

      ObjectNode fertilising =
          object("OBSERVE", day(2025, m + 2, 15), HerbProfile.Step.FERTILISING.uri(), plot);
      quantities(fertilising, "quantityList", seed, 200);
      fertilising.put(HerbProfile.INPUT, "腐熟农家肥 1500 kg/亩");

      ObjectNode spraying =
          object("OBSERVE", day(2025, m + 4, 2), HerbProfile.Step.SPRAYING.uri(), plot);
      quantities(spraying, "quantityList", seed, 200);
      spraying.put(HerbProfile.INPUT, "苦参碱 0.3% 水剂（生物农药）");

      ObjectNode harvesting =
          transformation(day(2025, 10, 18 + m), HerbProfile.Step.HARVESTING.uri(), plot);
      quantities(harvesting, "inputQuantityList", seed, 200);
      quantities(harvesting, "outputQuantityList", fresh, 6000);
      ObjectNode freshIlmd = harvesting.putObject("ilmd");
      freshIlmd.put(HerbProfile.PRODUCT_NAME, herb.nameZh() + "（鲜）");
      freshIlmd.put(HerbProfile.LATIN_NAME, herb.latinName());
      freshIlmd.put(HerbProfile.ORIGIN, herb.originZh());
      freshIlmd.put(HerbProfile.PLOT, herb.nameZh() + "种植基地1号地块");
      freshIlmd.put(HerbProfile.SEED_BATCH, herb.batch("S"));
      freshIlmd.putArray(HerbProfile.INPUTS).add("腐熟农家肥 1500 kg/亩").add("苦参碱 0.3% 水剂（生物农药）");
      freshIlmd.put(HerbProfile.HARVEST_DATE, "2025-10-" + (18 + m));

      ObjectNode processing =
          transformation(day(2025, 11, 5 + m), HerbProfile.Step.PRIMARY_PROCESSING.uri(), plant);
      quantities(processing, "inputQuantityList", fresh, 6000);
      quantities(processing, "outputQuantityList", dried, 1800);
      ObjectNode driedIlmd = processing.putObject("ilmd");
      driedIlmd.put(HerbProfile.PRODUCT_NAME, herb.nameZh() + "（产地加工：净制、切片、干燥）");
      driedIlmd.put(HerbProfile.LATIN_NAME, herb.latinName());
      driedIlmd.put(HerbProfile.ORIGIN, herb.originZh());
      ObjectNode report = driedIlmd.putArray(HerbProfile.TEST_REPORTS).addObject();
      report.put("herb:reportNo", "MN-" + herb.key() + "-2025-0" + m);
      report.put("herb:laboratory", "甘肃省中药材检验机构（模拟）");
      report.put("herb:items", "性状、水分、总灰分、浸出物、重金属及有害元素、农药残留");
      report.put("herb:conclusion", "符合《中国药典》2020年版一部规定（模拟）");

      ObjectNode storing = object("OBSERVE", day(2025, 11, 12 + m), "storing", plant);
      quantities(storing, "quantityList", dried, 1800);

      ObjectNode packing = aggregation("ADD", day(2025, 12, 1), "packing", plant);
      quantities(packing, "childQuantityList", dried, 1800);

      ObjectNode shipping = object("OBSERVE", day(2025, 12, 2), "shipping", plant);
      shipping.putArray("epcList").add(herb.pallet());
      shipping.put("disposition", "in_transit");
      parties(shipping, processor.id(), DISTRIBUTOR.id());

      ObjectNode receiving = object("OBSERVE", day(2025, 12, 4), "receiving", warehouse);
      receiving.putArray("epcList").add(herb.pallet());
      receiving.put("disposition", "in_progress");

      ObjectNode unpacking = aggregation("DELETE", day(2025, 12, 5), "unpacking", warehouse);
      quantities(unpacking, "childQuantityList", dried, 1800);

      ObjectNode repacking = transformation(day(2025, 12, 8), "repackaging", warehouse);
      quantities(repacking, "inputQuantityList", dried, 1800);
      quantities(repacking, "outputQuantityList", retailA, 900);
      quantities(repacking, "outputQuantityList", retailB, 900);

      for (String[] leg :
          List.of(
              new String[] {retailA, PHARMACY_LANZHOU.id(), lanzhou},
              new String[] {retailB, PHARMACY_TIANSHUI.id(), tianshui})) {
        ObjectNode toPharmacy = object("OBSERVE", day(2025, 12, 10), "shipping", warehouse);
        quantities(toPharmacy, "quantityList", leg[0], 900);
        toPharmacy.put("disposition", "in_transit");
        parties(toPharmacy, DISTRIBUTOR.id(), leg[1]);
        ObjectNode atPharmacy = object("OBSERVE", day(2025, 12, 12), "receiving", leg[2]);
        quantities(atPharmacy, "quantityList", leg[0], 900);
        atPharmacy.put("disposition", "sellable_not_accessible");
      }

      ObjectNode selling = object("OBSERVE", day(2026, 1, 5), "retail_selling", lanzhou);
      quantities(selling, "quantityList", retailA, 2);
      selling.put("disposition", "retail_sold");
    }

    ObjectNode object(String action, String time, String bizStep, String place) {
      ObjectNode event = event("ObjectEvent", time, bizStep, place);
      event.put("action", action);
      return event;
    }

    ObjectNode aggregation(String action, String time, String bizStep, String place) {
      ObjectNode event = event("AggregationEvent", time, bizStep, place);
      event.put("parentID", herb.pallet());
      event.put("action", action);
      return event;
    }

    ObjectNode transformation(String time, String bizStep, String place) {
      return event("TransformationEvent", time, bizStep, place);
    }

    ObjectNode event(String type, String time, String bizStep, String place) {
      ObjectNode event = events.addObject();
      event.put("type", type);
      event.put("eventTime", time);
      event.put("eventTimeZoneOffset", TZ);
      event.put("bizStep", bizStep);
      event.putObject("readPoint").put("id", place);
      event.putObject("bizLocation").put("id", place);
      return event;
    }

    static void quantities(ObjectNode event, String list, String lot, int kilograms) {
      ObjectNode element = event.withArray(list).addObject();
      element.put("epcClass", lot);
      element.put("quantity", kilograms);
      element.put("uom", "KGM");
    }

    static void parties(ObjectNode event, String from, String to) {
      event.putArray("sourceList").addObject().put("type", "owning_party").put("source", from);
      event
          .putArray("destinationList")
          .addObject()
          .put("type", "owning_party")
          .put("destination", to);
    }

    static String day(int year, int month, int day) {
      int y = year + (month - 1) / 12;
      int mo = (month - 1) % 12 + 1;
      return String.format("%d-%02d-%02dT09:00:00%s", y, mo, Math.min(day, 28), TZ);
    }
  }
}
