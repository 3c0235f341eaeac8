package dev.longyuan.evaluation;

import dev.longyuan.analytics.AssessmentNote;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.plan.Comparator;
import dev.longyuan.plan.PlanRevision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The report's language: its messages, and figures written as the report writes them. */
final class Texts {

  private final MessageSource messages;
  private final Locale locale;

  Texts(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  boolean chinese() {
    return !"en".equals(locale.getLanguage());
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  String label(ProgressLabel label) {
    return chinese() ? label.nameZh() : label.nameEn();
  }

  String name(TargetAssessment target) {
    return chinese() ? target.nameZh() : target.nameEn();
  }

  String note(@Nullable AssessmentNote note) {
    return note == null ? "" : chinese() ? note.zh() : note.en();
  }

  /**
   * What the plan sets, as the plan's pages write it (≥ 5 %, 7.5 % 左右, 10—12 %); a target a
   * revision changed says so, with the original beside.
   */
  String targetText(TargetAssessment target) {
    String inForce =
        targetText(target.target(), target.targetMax(), target.comparator(), target.unit());
    PlanRevision.TargetChange revision = target.revision();
    if (revision == null) {
      return inForce;
    }
    return text(
        "revisions.reportNote",
        inForce,
        String.valueOf(revision.revision()),
        revision.effectiveFrom().toString(),
        targetText(
            revision.originalValue(),
            revision.originalValueMax(),
            target.comparator(),
            target.unit()));
  }

  private String targetText(
      @Nullable BigDecimal value, @Nullable BigDecimal valueMax, String comparator, String unit) {
    if (value == null) {
      return text("comparator.qualitative");
    }
    if (valueMax != null) {
      return text("comparator.RANGE", value.toPlainString(), valueMax.toPlainString(), unit);
    }
    String key =
        Comparator.fromWord(comparator)
            .map(c -> "comparator." + c.name())
            .orElse("comparator.AT_LEAST");
    return text(key, value.toPlainString(), unit);
  }

  String list(List<String> items) {
    return String.join(chinese() ? "、" : ", ", items);
  }

  /** A figure with at most two decimals and no trailing zeros. */
  static String figure(@Nullable Double value) {
    return value == null || !Double.isFinite(value)
        ? "—"
        : IndicatorRow.figure(BigDecimal.valueOf(value));
  }

  /** A share (0.0649) as a percentage (6.49). */
  static String percent(double share) {
    return BigDecimal.valueOf(share * 100)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  static String ratio(@Nullable Double ratio) {
    return ratio == null ? "—" : String.format(Locale.ROOT, "%.3f", ratio);
  }
}
