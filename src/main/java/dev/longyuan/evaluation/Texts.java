package dev.longyuan.evaluation;

import dev.longyuan.analytics.AssessmentNote;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.plan.Comparator;
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

  /** What the plan sets, as the plan's pages write it (≥ 5 %, 7.5 % 左右, 10—12 %). */
  String targetText(TargetAssessment target) {
    BigDecimal value = target.target();
    if (value == null) {
      return text("comparator.qualitative");
    }
    if (target.targetMax() != null) {
      return text(
          "comparator.RANGE",
          value.toPlainString(),
          target.targetMax().toPlainString(),
          target.unit());
    }
    String key =
        Comparator.fromWord(target.comparator())
            .map(c -> "comparator." + c.name())
            .orElse("comparator.AT_LEAST");
    return text(key, value.toPlainString(), target.unit());
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
