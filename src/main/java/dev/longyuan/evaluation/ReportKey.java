package dev.longyuan.evaluation;

/**
 * What identifies a stored report, all of whose versions share it: the plan, the type's word
 * ({@code monthly}, {@code annual}, {@code midterm}, {@code final}), the year, the month of a brief
 * (YYYY-MM, empty for the others), the region and the language ({@code zh} or {@code en}).
 */
public record ReportKey(
    String planId, String type, int year, String period, String regionCode, String lang) {

  public ReportKey {
    if (type.equals("monthly") == period.isEmpty()) {
      throw new IllegalArgumentException("a monthly brief, and only it, has a period: " + period);
    }
    if (!lang.equals("zh") && !lang.equals("en")) {
      throw new IllegalArgumentException("no language " + lang);
    }
  }

  /** The file name of one of its documents, without the version. */
  public String fileName(String format) {
    return planId
        + "-"
        + type
        + "-"
        + (period.isEmpty() ? String.valueOf(year) : period)
        + "-"
        + regionCode
        + "-"
        + lang
        + "."
        + format;
  }
}
