package dev.longyuan.evaluation;

import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.ProgressAssessment;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.plan.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The report's sentences, each written from the assessment's figures: how many targets stand at
 * each label, which lag and by how much, which binding targets are missed or at risk, and what the
 * remaining years require.
 */
final class Narrative {

  private static final Set<ProgressLabel> LAGGING =
      Set.of(
          ProgressLabel.PROGRESS_NEEDS_ACCELERATION,
          ProgressLabel.LIMITED_PROGRESS,
          ProgressLabel.DETERIORATION);

  /** How many lagging targets the suggestions name, the furthest behind first. */
  private static final int NAMED = 5;

  private final Texts texts;
  private final Plan plan;
  private final PlanAssessment assessment;
  private final boolean finalYear;
  private final List<TargetAssessment> lagging;
  private final List<TargetAssessment> bindingMissed;
  private final List<TargetAssessment> bindingAtRisk;
  private final List<TargetAssessment> unassessed;

  Narrative(Texts texts, Plan plan, PlanAssessment assessment) {
    this.texts = texts;
    this.plan = plan;
    this.assessment = assessment;
    this.finalYear = assessment.year() >= plan.targetYear();
    this.lagging =
        assessment.targets().stream()
            .filter(t -> LAGGING.contains(t.progress().label()))
            .sorted(
                Comparator.comparing(
                    (TargetAssessment t) -> t.progress().ratio(),
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    this.bindingMissed =
        assessment.targets().stream().filter(t -> Boolean.FALSE.equals(t.bindingMet())).toList();
    this.bindingAtRisk =
        assessment.targets().stream()
            .filter(t -> t.seriousMiss() && !Boolean.FALSE.equals(t.bindingMet()))
            .toList();
    this.unassessed =
        assessment.targets().stream()
            .filter(t -> t.quantified() && t.target() != null)
            .filter(t -> t.progress().label() == ProgressLabel.NOT_ASSESSABLE)
            .toList();
  }

  List<String> overall() {
    List<String> sentences = new ArrayList<>();
    int year = assessment.year();
    int span = plan.targetYear() - plan.baseYear();
    int elapsed = Math.min(span, year - plan.baseYear());
    sentences.add(
        texts.text(
            "evaluation.overall.period",
            String.valueOf(year),
            String.valueOf(plan.baseYear()),
            String.valueOf(plan.targetYear()),
            String.valueOf(elapsed),
            String.valueOf(span),
            Texts.percent(span == 0 ? 1 : (double) elapsed / span)));
    Map<ProgressLabel, Integer> counts = new EnumMap<>(ProgressLabel.class);
    for (ProgressLabel label : ProgressLabel.values()) {
      counts.put(label, 0);
    }
    assessment.targets().forEach(t -> counts.merge(t.progress().label(), 1, Integer::sum));
    sentences.add(
        texts.text(
            "evaluation.overall.counts",
            String.valueOf(assessment.targets().size()),
            String.valueOf(counts.get(ProgressLabel.TARGET_ACHIEVED)),
            String.valueOf(counts.get(ProgressLabel.ON_TRACK)),
            String.valueOf(counts.get(ProgressLabel.PROGRESS_NEEDS_ACCELERATION)),
            String.valueOf(counts.get(ProgressLabel.LIMITED_PROGRESS)),
            String.valueOf(counts.get(ProgressLabel.DETERIORATION)),
            String.valueOf(counts.get(ProgressLabel.NOT_ASSESSABLE))));
    int assessable = assessment.targets().size() - counts.get(ProgressLabel.NOT_ASSESSABLE);
    int good = counts.get(ProgressLabel.TARGET_ACHIEVED) + counts.get(ProgressLabel.ON_TRACK);
    if (assessable == 0) {
      sentences.add(texts.text("evaluation.overall.noneAssessable"));
    } else {
      double share = (double) good / assessable;
      sentences.add(
          texts.text(
              "evaluation.overall.share",
              String.valueOf(assessable),
              String.valueOf(good),
              Texts.percent(share)));
      String verdict = share >= 0.8 ? "good" : share >= 0.5 ? "fair" : "behind";
      sentences.add(texts.text("evaluation.overall.verdict." + verdict));
    }
    List<TargetAssessment> binding =
        assessment.targets().stream().filter(t -> "binding".equals(t.attribute())).toList();
    if (!binding.isEmpty()) {
      long judged = binding.stream().filter(t -> t.bindingMet() != null).count();
      long met = binding.stream().filter(t -> Boolean.TRUE.equals(t.bindingMet())).count();
      sentences.add(
          texts.text(
              "evaluation.overall.binding",
              String.valueOf(binding.size()),
              String.valueOf(judged),
              String.valueOf(met),
              String.valueOf(bindingMissed.size()),
              String.valueOf(plan.targetYear()),
              String.valueOf(binding.stream().filter(TargetAssessment::seriousMiss).count())));
    }
    return sentences;
  }

  List<String> problems() {
    List<String> sentences = new ArrayList<>();
    for (TargetAssessment t : lagging) {
      sentences.add(lag(t));
    }
    for (TargetAssessment t : bindingMissed) {
      sentences.add(
          texts.text(
              finalYear
                  ? "evaluation.problem.bindingUnfinished"
                  : "evaluation.problem.bindingMissed",
              texts.name(t),
              String.valueOf(t.latestYear()),
              IndicatorRow.figure(t.latestValue()),
              t.unit(),
              texts.targetText(t)));
    }
    for (TargetAssessment t : bindingAtRisk) {
      sentences.add(
          texts.text(
              "evaluation.problem.bindingAtRisk",
              texts.name(t),
              String.valueOf(t.targetYear()),
              t.measuredAs() == null
                  ? texts.text("evaluation.seriesJudged")
                  : texts.note(t.measuredAs()),
              Texts.figure(t.projection() == null ? null : t.projection().value()),
              Texts.figure(t.goal())));
    }
    if (!unassessed.isEmpty()) {
      sentences.add(
          texts.text(
              "evaluation.problem.data",
              String.valueOf(unassessed.size()),
              texts.list(unassessed.stream().limit(3).map(texts::name).toList())));
    }
    if (sentences.isEmpty()) {
      sentences.add(texts.text("evaluation.problem.none"));
    }
    return sentences;
  }

  private String lag(TargetAssessment t) {
    ProgressAssessment p = t.progress();
    String name = texts.name(t);
    String label = texts.label(p.label());
    if (p.method() == 2 && p.cagrObserved() != null && p.cagrRequired() != null) {
      return texts.text(
          "evaluation.problem.growth",
          name,
          label,
          String.valueOf(p.baseYear()),
          String.valueOf(p.currentYear()),
          Texts.percent(p.cagrObserved()),
          Texts.percent(p.cagrRequired()),
          Texts.ratio(p.ratio()));
    }
    Double reached = p.currentYear() == null ? null : judgedIn(t, p.currentYear());
    if (p.method() == 3 && t.goal() != null && p.baseYear() != null && reached != null) {
      return texts.text(
          "evaluation.problem.pace",
          name,
          label,
          String.valueOf(p.currentYear()),
          Texts.figure(reached),
          Texts.figure(t.goal() * straightShare(t, p)),
          Texts.ratio(p.ratio()));
    }
    if (p.cagrObserved() != null) {
      return texts.text(
          "evaluation.problem.trend",
          name,
          label,
          String.valueOf(p.baseYear()),
          String.valueOf(p.currentYear()),
          Texts.percent(p.cagrObserved()));
    }
    return texts.text("evaluation.problem.other", name, label);
  }

  List<String> suggestions() {
    List<String> sentences = new ArrayList<>();
    for (TargetAssessment t : lagging.stream().limit(NAMED).toList()) {
      String suggestion = finalYear ? carryOver(t) : remaining(t);
      if (suggestion != null) {
        sentences.add(suggestion);
      }
    }
    List<TargetAssessment> binding = new ArrayList<>(bindingMissed);
    binding.addAll(bindingAtRisk);
    for (TargetAssessment t : binding) {
      sentences.add(
          texts.text(
              finalYear ? "evaluation.suggestion.bindingNext" : "evaluation.suggestion.binding",
              texts.name(t)));
    }
    if (!unassessed.isEmpty()) {
      sentences.add(
          texts.text(
              "evaluation.suggestion.data",
              String.valueOf(unassessed.size()),
              texts.list(unassessed.stream().limit(3).map(texts::name).toList())));
    }
    if (sentences.isEmpty()) {
      long good =
          assessment.targets().stream()
              .filter(
                  t ->
                      t.progress().label() == ProgressLabel.TARGET_ACHIEVED
                          || t.progress().label() == ProgressLabel.ON_TRACK)
              .count();
      sentences.add(texts.text("evaluation.suggestion.keep", String.valueOf(good)));
    }
    return sentences;
  }

  private String carryOver(TargetAssessment t) {
    return texts.text(
        "evaluation.suggestion.carryOver", texts.name(t), texts.label(t.progress().label()));
  }

  /** What the years left require of a lagging target, from its latest judged value. */
  private @Nullable String remaining(TargetAssessment t) {
    ProgressAssessment p = t.progress();
    Integer current = p.currentYear();
    Double goal = t.goal();
    Double reached = current == null ? null : judgedIn(t, current);
    if (current == null || goal == null || reached == null || t.targetYear() <= current) {
      return texts.text("evaluation.suggestion.generic", texts.name(t));
    }
    int years = t.targetYear() - current;
    if (p.method() == 3) {
      return texts.text(
          "evaluation.suggestion.pace",
          texts.name(t),
          String.valueOf(t.targetYear()),
          Texts.figure(goal - reached),
          Texts.figure((goal - reached) / years));
    }
    if (p.method() == 2 && reached > 0 && goal > 0 && p.cagrObserved() != null) {
      double needed = Math.pow(goal / reached, 1.0 / years) - 1;
      return texts.text(
          "evaluation.suggestion.accelerate",
          texts.name(t),
          String.valueOf(current),
          String.valueOf(t.targetYear()),
          Texts.percent(needed),
          String.valueOf(p.baseYear()),
          Texts.percent(p.cagrObserved()));
    }
    return texts.text("evaluation.suggestion.generic", texts.name(t));
  }

  private static double straightShare(TargetAssessment t, ProgressAssessment p) {
    return Math.min(
        1.0, (double) (p.currentYear() - p.baseYear()) / (t.targetYear() - p.baseYear()));
  }

  private static @Nullable Double judgedIn(TargetAssessment t, int year) {
    return t.judged().stream()
        .filter(point -> point.year() == year)
        .map(TargetAssessment.YearPoint::value)
        .findFirst()
        .orElse(null);
  }
}
