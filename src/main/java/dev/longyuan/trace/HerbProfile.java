package dev.longyuan.trace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 中药材 profile of EPCIS: the steps of growing and first processing a herb as business steps
 * under the project's own namespace (CBV 2.0 wants a user's vocabulary as absolute URIs), the ILMD
 * fields of a lot, and how lots and parties are identified — a lot as GTIN + batch (its GS1 Digital
 * Link), a party by its 统一社会信用代码 or, where it has one, its GLN.
 */
public final class HerbProfile {

  /** The project's namespace for its vocabulary and ILMD fields; prefix {@link #PREFIX}. */
  public static final String NAMESPACE = "https://ns.longyuan.dev/herb/";

  public static final String PREFIX = "herb";

  /** ILMD fields of a herb lot (each {@code herb:name}). */
  public static final String PRODUCT_NAME = "herb:productName";

  public static final String GBT_31774_CODE = "herb:gbt31774Code";
  public static final String LATIN_NAME = "herb:latinName";
  public static final String ORIGIN = "herb:origin";
  public static final String PLOT = "herb:plot";
  public static final String SEED_BATCH = "herb:seedBatch";
  public static final String INPUTS = "herb:inputs";
  public static final String HARVEST_DATE = "herb:harvestDate";
  public static final String TEST_REPORTS = "herb:testReports";

  /**
   * Master data attributes of a place (a read point or business location, in a captured document's
   * header) that make it a place of the chains: the 统一社会信用代码 of the party owning it (required, with
   * the party's Chinese name and the place's GB/T 2260 county), the party's English name and GLN
   * (optional). The place's own name, latitude and longitude are CBV's attributes.
   */
  public static final String PARTY_CREDIT_CODE = NAMESPACE + "partyCreditCode";

  public static final String PARTY_NAME = NAMESPACE + "partyName";
  public static final String PARTY_NAME_EN = NAMESPACE + "partyNameEn";
  public static final String PARTY_GLN = NAMESPACE + "partyGLN";
  public static final String REGION_CODE = NAMESPACE + "regionCode";

  /** A farming input applied in a fertilising or spraying event: {@code herb:input}. */
  public static final String INPUT = "herb:input";

  private static final Pattern CODE = Pattern.compile("(\\d{14})-([0-9A-Za-z-]{1,20})");

  private static final Pattern LOT =
      Pattern.compile("https://id\\.gs1\\.org/01/(\\d{14})/10/([0-9A-Za-z-]{1,20})");

  private HerbProfile() {}

  /** The herb's own business steps. */
  public enum Step {
    PLANTING("planting"),
    FERTILISING("fertilising"),
    SPRAYING("spraying"),
    HARVESTING("harvesting"),
    /** 产地加工: washing, cutting, drying where the herb is grown. */
    PRIMARY_PROCESSING("primary_processing");

    private final String word;

    Step(String word) {
      this.word = word;
    }

    public String uri() {
      return NAMESPACE + "BizStep-" + word;
    }
  }

  /** The stages a lot's public page shows, in order: 种植 → 采收 → 产地加工 → 贮藏 → 物流 → 销售. */
  public enum Stage {
    PLANTING,
    HARVEST,
    PROCESSING,
    STORAGE,
    LOGISTICS,
    SALE;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stage of a business step in canonical form (a URI), or null for one of no stage. */
    public static @Nullable Stage of(@Nullable String bizStep) {
      if (bizStep == null) {
        return null;
      }
      if (bizStep.startsWith(NAMESPACE + "BizStep-")) {
        return switch (bizStep.substring((NAMESPACE + "BizStep-").length())) {
          case "planting", "fertilising", "spraying" -> PLANTING;
          case "harvesting" -> HARVEST;
          case "primary_processing" -> PROCESSING;
          default -> null;
        };
      }
      String cbv = bizStep.replace("https://ref.gs1.org/cbv/BizStep-", "");
      return switch (cbv) {
        case "storing", "stocking", "holding", "accepting" -> STORAGE;
        case "packing",
            "unpacking",
            "repackaging",
            "loading",
            "unloading",
            "shipping",
            "departing",
            "arriving",
            "receiving",
            "transporting",
            "staging_outbound" ->
            LOGISTICS;
        case "retail_selling", "dispensing" -> SALE;
        default -> null;
      };
    }
  }

  /** A lot's identifier: the Digital Link of its GTIN and batch. */
  public static String lot(String gtin, String batch) {
    return "https://id.gs1.org/01/" + gtin + "/10/" + batch;
  }

  /** The short code of a lot in its public address {@code /trace/{code}}: GTIN-batch. */
  public static String code(String gtin, String batch) {
    return gtin + "-" + batch;
  }

  /** The lot a public code names, if it is one. */
  public static Optional<String> lotOfCode(String code) {
    Matcher matcher = CODE.matcher(code);
    return matcher.matches()
        ? Optional.of(lot(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /** The public code of a lot's Digital Link, if it is a GTIN + batch. */
  public static Optional<String> codeOfLot(String lot) {
    Matcher matcher = LOT.matcher(lot);
    return matcher.matches()
        ? Optional.of(code(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /** A party's identifier: its GLN's Digital Link, else its credit code under the namespace. */
  public static String party(String creditCode, @Nullable String gln) {
    return gln != null ? "https://id.gs1.org/417/" + gln : NAMESPACE + "party/" + creditCode;
  }
}
