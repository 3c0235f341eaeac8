package dev.longyuan.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An alert a rule raised for a region (and sector, and subject: the target of a deviation) with the
 * figures that fired it as last seen: the value, the threshold, the period and a detail (for a
 * worsened label, {@code before>now}). It is open from {@code firstSeen} while the condition lasts,
 * acknowledged by a person, and resolved when the condition ends.
 */
public record Alert(
    long id,
    long ruleId,
    String ruleCode,
    String ruleNameZh,
    String ruleNameEn,
    String planId,
    String severity,
    String regionCode,
    @Nullable String sector,
    String subject,
    @Nullable BigDecimal value,
    @Nullable BigDecimal threshold,
    String period,
    String detail,
    String dataVersion,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen,
    @Nullable String acknowledgedBy,
    @Nullable OffsetDateTime acknowledgedAt,
    @Nullable OffsetDateTime resolvedAt) {

  public static final java.util.List<String> STATES =
      java.util.List.of("open", "acknowledged", "resolved");

  /** {@code open}, {@code acknowledged} (and still open) or {@code resolved}. */
  public String state() {
    return resolvedAt != null ? "resolved" : acknowledgedBy != null ? "acknowledged" : "open";
  }

  /** What a rule found for one region (sector, subject) at one evaluation. */
  public record Finding(
      String regionCode,
      @Nullable String sector,
      String subject,
      @Nullable BigDecimal value,
      @Nullable BigDecimal threshold,
      String period,
      String detail) {}

  /**
   * Which alerts to list: each null asks for any; a state of {@code open} includes acknowledged.
   */
  public record Filter(
      @Nullable String severity,
      @Nullable String region,
      @Nullable String sector,
      @Nullable String state) {}
}
