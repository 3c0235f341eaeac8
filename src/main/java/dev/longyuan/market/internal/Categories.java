package dev.longyuan.market.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The two classifications a demand or a supply is placed in: GB/T 4754-2017 for products, written
 * as the platform writes industry codes (section letter and digits: C33, C331, C3311) under one of
 * the divisions of mining, manufacturing and utilities listed in the table shipped with it, and
 * named by that division; and GB/T 50851-2013 for construction materials, two, four or eight digits
 * under a first-level class of the small table shipped with it. Matching filters at the division
 * (4754) or first-level class (50851) and grades closeness below it.
 */
public final class Categories {

  /** Which standard a code belongs to. */
  public enum Scheme {
    INDUSTRY,
    CONSTRUCTION
  }

  /** A code with the name of the most specific entry the table has for it. */
  public record Category(Scheme scheme, String code, String nameZh, String nameEn) {}

  private static final Pattern INDUSTRY = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})");
  private static final Pattern CONSTRUCTION = Pattern.compile("\\d{2}|\\d{4}|\\d{8}");

  /** GB/T 4754 divisions (C30) to their Chinese and English names. */
  private final Map<String, String[]> divisions = new LinkedHashMap<>();

  private final Map<String, String[]> constructionClasses = new LinkedHashMap<>();

  private Categories() {}

  public static Categories shipped() {
    Categories categories = new Categories();
    for (CSVRecord r : read("/market/gbt4754-2017-divisions.csv")) {
      categories.divisions.put(r.get("code"), new String[] {r.get("name_zh"), r.get("name_en")});
    }
    for (CSVRecord r : read("/market/gbt50851-2013-classes.csv")) {
      categories.constructionClasses.put(
          r.get("code"), new String[] {r.get("name_zh"), r.get("name_en")});
    }
    return categories;
  }

  private static List<CSVRecord> read(String resource) {
    try (InputStream in = Categories.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setCommentMarker('#')
          .get()
          .parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The category of a code under a listed division or class, or nothing. */
  public Optional<Category> find(String code) {
    if (INDUSTRY.matcher(code).matches()) {
      String[] division = divisions.get(code.substring(0, 3));
      return division == null
          ? Optional.empty()
          : Optional.of(new Category(Scheme.INDUSTRY, code, division[0], division[1]));
    }
    if (CONSTRUCTION.matcher(code).matches()) {
      String[] entry = constructionClasses.get(code.substring(0, 2));
      return entry == null
          ? Optional.empty()
          : Optional.of(new Category(Scheme.CONSTRUCTION, code, entry[0], entry[1]));
    }
    return Optional.empty();
  }

  /**
   * The prefix every matching supply's code starts with: the demand's division (C33 of C3311) for
   * GB/T 4754, its first-level class (04 of 04010101) for GB/T 50851; the whole code when it is
   * broader than that.
   */
  public static String filterPrefix(String code) {
    int level = Character.isLetter(code.charAt(0)) ? 3 : 2;
    return code.length() <= level ? code : code.substring(0, level);
  }

  /**
   * How close a supply's category is to a demand's, from the longest level they share: the demand's
   * own code (or one under it) 1; GB/T 4754 group or GB/T 50851 second-level class 0.7; division or
   * first-level class 0.4; section alone 0.2.
   */
  public static double closeness(String demandCode, String supplyCode) {
    if (supplyCode.startsWith(demandCode)) {
      return 1.0;
    }
    int shared = 0;
    while (shared < Math.min(demandCode.length(), supplyCode.length())
        && demandCode.charAt(shared) == supplyCode.charAt(shared)) {
      shared++;
    }
    boolean industry = Character.isLetter(demandCode.charAt(0));
    if (industry) {
      return shared >= 4 ? 0.7 : shared == 3 ? 0.4 : shared >= 1 ? 0.2 : 0;
    }
    return shared >= 4 ? 0.7 : shared >= 2 ? 0.4 : 0;
  }

  /** Every prefix of a code at a level of its classification, itself included. */
  public static List<String> levels(String code) {
    if (Character.isLetter(code.charAt(0))) {
      return java.util.stream.IntStream.of(1, 3, 4, 5)
          .filter(n -> n <= code.length())
          .mapToObj(n -> code.substring(0, n))
          .toList();
    }
    return java.util.stream.IntStream.of(2, 4, 8)
        .filter(n -> n <= code.length())
        .mapToObj(n -> code.substring(0, n))
        .toList();
  }

  /** The first-level classes of GB/T 50851 this table holds, for the pages. */
  public List<Category> constructionClasses() {
    return constructionClasses.entrySet().stream()
        .map(e -> new Category(Scheme.CONSTRUCTION, e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }
}
