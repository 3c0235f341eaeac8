package dev.longyuan.evaluation;

import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.monitoring.EconomyFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The monthly brief's sentences, each from the month's figures: value added's cumulative growth
 * against the growth the plan sets, revenue and profit against 上年同期, the share of loss makers and
 * its change, and the targets the assessment finds lagging.
 */
final class BriefWriter {

  /** How the plan defines value added's real growth, the brief's first figure. */
  static final String VA_GROWTH = "real(VA)/prev(VA)*100-100";

  private final Texts texts;
  private final List<EconomyFigure> economy;
  private final PlanAssessment assessment;
  private final String months;

  BriefWriter(Texts texts, List<EconomyFigure> economy, PlanAssessment assessment, int month) {
    this.texts = texts;
    this.economy = economy;
    this.assessment = assessment;
    this.months =
        texts.text(
            month <= 2 ? "evaluation.brief.months.early" : "evaluation.brief.months",
            String.valueOf(month));
  }

  List<EconomyRow> rows() {
    List<EconomyRow> rows = new ArrayList<>();
    for (EconomyFigure f : economy) {
      rows.add(
          new EconomyRow(
              f.key(),
              texts.text("monitoring.economy." + f.key()),
              f.unit(),
              f.value(),
              f.change(),
              f.changeKind(),
              texts.chinese() ? f.noteZh() : f.noteEn()));
    }
    return rows;
  }

  List<String> summary() {
    List<String> sentences = new ArrayList<>();
    figure("va_growth")
        .filter(f -> f.value() != null)
        .ifPresent(
            f ->
                sentences.add(
                    texts.text(
                        f.noteZh() == null
                            ? "evaluation.brief.summary.va"
                            : "evaluation.brief.summary.vaCurrent",
                        months,
                        IndicatorRow.figure(f.value()))));
    for (String key : List.of("rev", "profit")) {
      figure(key)
          .filter(f -> f.value() != null)
          .ifPresent(
              f ->
                  sentences.add(
                      f.change() == null
                          ? texts.text(
                              "evaluation.brief.summary.amount",
                              months,
                              texts.text("monitoring.economy." + key),
                              IndicatorRow.figure(f.value()))
                          : texts.text(
                              "evaluation.brief.summary.amountGrowth",
                              months,
                              texts.text("monitoring.economy." + key),
                              IndicatorRow.figure(f.value()),
                              texts.text(
                                  f.change().signum() < 0
                                      ? "evaluation.brief.down"
                                      : "evaluation.brief.up"),
                              IndicatorRow.figure(f.change().abs()))));
    }
    figure("loss_share")
        .filter(f -> f.value() != null && f.change() != null)
        .ifPresent(
            f ->
                sentences.add(
                    texts.text(
                        "evaluation.brief.summary.loss",
                        IndicatorRow.figure(f.value()),
                        texts.text(
                            f.change().signum() > 0
                                ? "evaluation.brief.rose"
                                : "evaluation.brief.fell"),
                        IndicatorRow.figure(f.change().abs()))));
    if (sentences.isEmpty()) {
      sentences.add(texts.text("evaluation.brief.summary.none", months));
    }
    return sentences;
  }

  List<String> concerns() {
    List<String> sentences = new ArrayList<>();
    BigDecimal growth = figure("va_growth").map(EconomyFigure::value).orElse(null);
    TargetAssessment target = growthTarget();
    if (growth != null
        && target != null
        && target.target() != null
        && growth.compareTo(target.target()) < 0) {
      sentences.add(
          texts.text(
              "evaluation.brief.concern.growth",
              months,
              IndicatorRow.figure(growth),
              texts.targetText(target),
              IndicatorRow.figure(target.target().subtract(growth))));
    }
    figure("profit")
        .filter(f -> f.change() != null && f.change().signum() < 0)
        .ifPresent(
            f ->
                sentences.add(
                    texts.text(
                        "evaluation.brief.concern.profit", IndicatorRow.figure(f.change().abs()))));
    figure("loss_share")
        .filter(f -> f.change() != null && f.change().signum() > 0)
        .ifPresent(
            f ->
                sentences.add(
                    texts.text(
                        "evaluation.brief.concern.loss",
                        IndicatorRow.figure(f.value()),
                        IndicatorRow.figure(f.change()))));
    List<String> lagging =
        assessment.targets().stream()
            .filter(
                t ->
                    t.progress().label() == ProgressLabel.PROGRESS_NEEDS_ACCELERATION
                        || t.progress().label() == ProgressLabel.LIMITED_PROGRESS
                        || t.progress().label() == ProgressLabel.DETERIORATION)
            .map(texts::name)
            .toList();
    if (!lagging.isEmpty()) {
      sentences.add(
          texts.text(
              "evaluation.brief.concern.targets",
              String.valueOf(lagging.size()),
              texts.list(lagging.stream().limit(3).toList())));
    }
    if (sentences.isEmpty()) {
      sentences.add(texts.text("evaluation.brief.concern.none"));
    }
    return sentences;
  }

  List<String> suggestions(List<String> concerns) {
    List<String> sentences = new ArrayList<>();
    BigDecimal growth = figure("va_growth").map(EconomyFigure::value).orElse(null);
    TargetAssessment target = growthTarget();
    if (growth != null
        && target != null
        && target.target() != null
        && growth.compareTo(target.target()) < 0) {
      sentences.add(texts.text("evaluation.brief.suggestion.growth"));
    }
    if (figure("profit").map(EconomyFigure::change).filter(c -> c.signum() < 0).isPresent()
        || figure("loss_share")
            .map(EconomyFigure::change)
            .filter(c -> c.signum() > 0)
            .isPresent()) {
      sentences.add(texts.text("evaluation.brief.suggestion.profit"));
    }
    if (concerns.stream().anyMatch(c -> c.equals(texts.text("evaluation.brief.concern.none")))) {
      sentences.add(texts.text("evaluation.brief.suggestion.keep"));
    } else if (sentences.isEmpty()) {
      sentences.add(texts.text("evaluation.brief.suggestion.targets"));
    }
    return sentences;
  }

  /** The plan's average growth target for value added (全部工业增加值年均增长), if it sets one. */
  private @Nullable TargetAssessment growthTarget() {
    return assessment.targets().stream()
        .filter(t -> t.kind().equals("average_annual_growth"))
        .filter(t -> t.definition() != null && t.definition().replace(" ", "").equals(VA_GROWTH))
        .findFirst()
        .orElse(null);
  }

  private Optional<EconomyFigure> figure(String key) {
    return economy.stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
