package dev.longyuan.trace.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GS1 identifiers in their canonical GS1 Digital Link form ({@code https://id.gs1.org/01/…}), as
 * the CBV 2.0 event hash compares them: an EPC URN (TDS 2.0 §6) is rewritten with its check digit
 * computed, and a Digital Link on another domain is moved to id.gs1.org with its GTIN at 14 digits.
 */
public final class DigitalLink {

  static final String CANONICAL = "https://id.gs1.org";

  private static final Pattern EPC_URN =
      Pattern.compile("urn:epc:(id|idpat|class):([a-z0-9]+):(.+)");

  /** Primary application identifiers a Digital Link path may start with. */
  private static final List<String> PRIMARY_KEYS =
      List.of(
          "01", "00", "414", "417", "8003", "8004", "8006", "8010", "8017", "8018", "253", "255",
          "401", "402", "8013");

  /** The Digital Link's short names of keys and qualifiers, as their application identifiers. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("gtin", "01"),
          Map.entry("sscc", "00"),
          Map.entry("gln", "414"),
          Map.entry("party", "417"),
          Map.entry("grai", "8003"),
          Map.entry("giai", "8004"),
          Map.entry("itip", "8006"),
          Map.entry("cpid", "8010"),
          Map.entry("gsrnp", "8017"),
          Map.entry("gsrn", "8018"),
          Map.entry("gdti", "253"),
          Map.entry("gcn", "255"),
          Map.entry("ginc", "401"),
          Map.entry("gsin", "402"),
          Map.entry("cpv", "22"),
          Map.entry("lot", "10"),
          Map.entry("ser", "21"),
          Map.entry("glnx", "254"),
          Map.entry("cpsn", "8011"),
          Map.entry("upui", "235"));

  private static final Pattern DIGITAL_LINK =
      Pattern.compile(
          "https?://[^/]+(?:/[^?#]*?)?/("
              + String.join("|", PRIMARY_KEYS)
              + "|"
              + String.join("|", ALIASES.keySet())
              + ")/(.+)");

  private static final Map<String, Integer> PADDED = Map.of("01", 14, "8006", 18);

  private DigitalLink() {}

  /** The canonical Digital Link of a GS1 identifier, or empty for anything else. */
  public static Optional<String> canonical(String value) {
    Matcher urn = EPC_URN.matcher(value);
    if (urn.matches()) {
      return fromUrn(urn.group(1), urn.group(2), urn.group(3).split("\\.", -1));
    }
    Matcher link = DIGITAL_LINK.matcher(value);
    if (link.matches()) {
      return Optional.of(fromLink(link.group(1), link.group(2)));
    }
    return Optional.empty();
  }

  private static String fromLink(String key, String rest) {
    int query = rest.indexOf('?');
    String path = query < 0 ? rest : rest.substring(0, query);
    key = ALIASES.getOrDefault(key, key);
    String[] parts = path.split("/", 2);
    String id = parts[0];
    Integer width = PADDED.get(key);
    if (width != null && id.matches("\\d+") && id.length() < width) {
      id = "0".repeat(width - id.length()) + id;
    }
    StringBuilder link =
        new StringBuilder(CANONICAL).append('/').append(key).append('/').append(id);
    if (parts.length > 1) {
      String[] qualifiers = parts[1].split("/");
      for (int i = 0; i < qualifiers.length; i++) {
        link.append('/')
            .append(
                i % 2 == 0 ? ALIASES.getOrDefault(qualifiers[i], qualifiers[i]) : qualifiers[i]);
      }
    }
    return link.toString();
  }

  private static Optional<String> fromUrn(String kind, String scheme, String[] f) {
    boolean pattern = kind.equals("idpat");
    try {
      String link =
          switch (scheme) {
            case "sgtin" -> "/01/" + gtin(f[0], f[1]) + serial(pattern, "21", f[2]);
            case "lgtin" -> "/01/" + gtin(f[0], f[1]) + "/10/" + escaped(f[2]);
            case "sscc" -> "/00/" + withCheck(f[1].charAt(0) + f[0] + f[1].substring(1));
            case "sgln" ->
                "/414/"
                    + withCheck(f[0] + f[1])
                    + (f[2].equals("0") || f[2].equals("*") ? "" : "/254/" + escaped(f[2]));
            case "pgln" -> "/417/" + withCheck(f[0] + f[1]);
            case "grai" -> "/8003/0" + withCheck(f[0] + f[1]) + (pattern ? "" : escaped(f[2]));
            case "giai" -> "/8004/" + f[0] + escaped(f[1]);
            case "gsrn" -> "/8018/" + withCheck(f[0] + f[1]);
            case "gsrnp" -> "/8017/" + withCheck(f[0] + f[1]);
            case "gdti" -> "/253/" + withCheck(f[0] + f[1]) + (pattern ? "" : escaped(f[2]));
            case "sgcn" -> "/255/" + withCheck(f[0] + f[1]) + (pattern ? "" : escaped(f[2]));
            case "cpi" -> "/8010/" + f[0] + escaped(f[1]) + serial(pattern, "8011", f[2]);
            case "ginc" -> "/401/" + f[0] + escaped(f[1]);
            case "gsin" -> "/402/" + withCheck(f[0] + f[1]);
            case "itip" -> "/8006/" + gtin(f[0], f[1]) + f[2] + f[3] + serial(pattern, "21", f[4]);
            case "upui" -> "/01/" + gtin(f[0], f[1]) + "/235/" + escaped(f[2]);
            default -> null;
          };
      return Optional.ofNullable(link).map(path -> CANONICAL + path);
    } catch (IndexOutOfBoundsException malformed) {
      return Optional.empty();
    }
  }

  private static String serial(boolean pattern, String ai, String value) {
    return pattern || value.equals("*") ? "" : "/" + ai + "/" + escaped(value);
  }

  /** GTIN-14 from a company prefix and an item reference with its indicator digit first. */
  static String gtin(String companyPrefix, String itemReference) {
    return withCheck(itemReference.charAt(0) + companyPrefix + itemReference.substring(1));
  }

  /** The digits followed by their GS1 mod-10 check digit. */
  static String withCheck(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 0 ? digit * 3 : digit;
    }
    return digits + (10 - sum % 10) % 10;
  }

  /**
   * A component of an EPC URN (which escapes some characters as %XX) as a Digital Link writes it:
   * every character but letters, digits, {@code - . _ ~} and the apostrophe percent-encoded.
   */
  static String escaped(String urnComponent) {
    byte[] raw =
        URLDecoder.decode(urnComponent.replace("+", "%2B"), StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.UTF_8);
    StringBuilder link = new StringBuilder();
    for (byte b : raw) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-._~'".indexOf(c) >= 0) {
        link.append(c);
      } else {
        link.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return link.toString();
  }
}
