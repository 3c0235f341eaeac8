package dev.longyuan.analytics;

import dev.longyuan.plan.PlanRevision;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One target of the plan judged for a year: what the plan says (the sentence, the value, the
 * years); the indicator's yearly values with where each comes from and the aggregates behind it;
 * the series the label judges ({@code measuredAs}: the values themselves, an index chained from
 * growth rates, a running sum of additions) and the goal it must reach; the progress label and its
 * figures; the projection to the target year; and for a binding (约束性) target whether it is met and
 * whether a miss is projected. {@code dataSource} is {@code official} (the region's own figures),
 * {@code enterprise} (computed from enterprises' reported values), {@code register} (a register the
 * platform keeps, named by {@code register}: programme recognitions, the capacity ledger), {@code
 * synthetic} (some of them are 模拟数据) or {@code none}; {@code reasonZh} and {@code reasonEn} say why
 * a target is not assessed. A target a revision of the plan changed is judged against the value in
 * force at the end of the year, and {@code revision} says which revision set it, with the plan's
 * original value and sentence beside.
 */
public record TargetAssessment(
    String targetCode,
    String nameZh,
    String nameEn,
    String kind,
    String comparator,
    @Nullable BigDecimal target,
    @Nullable BigDecimal targetMax,
    String unit,
    int baseYear,
    int targetYear,
    String attribute,
    String direction,
    String section,
    String sourceText,
    @Nullable String indicatorCode,
    @Nullable String register,
    @Nullable BigDecimal planBaseline,
    @Nullable String definition,
    @Nullable String industries,
    List<YearValue> series,
    @Nullable Integer latestYear,
    @Nullable BigDecimal latestValue,
    @Nullable AssessmentNote measuredAs,
    List<YearPoint> judged,
    @Nullable Double goal,
    ProgressAssessment progress,
    @Nullable Projection projection,
    boolean quantified,
    @Nullable Boolean bindingMet,
    boolean seriousMiss,
    String dataSource,
    List<AssessmentNote> notes,
    @Nullable String reasonZh,
    @Nullable String reasonEn,
    PlanRevision.@Nullable TargetChange revision) {

  /** The same assessment, judged against a target a revision of the plan set. */
  TargetAssessment revisedBy(PlanRevision.TargetChange change) {
    return new TargetAssessment(
        targetCode,
        nameZh,
        nameEn,
        kind,
        comparator,
        target,
        targetMax,
        unit,
        baseYear,
        targetYear,
        attribute,
        direction,
        section,
        sourceText,
        indicatorCode,
        register,
        planBaseline,
        definition,
        industries,
        series,
        latestYear,
        latestValue,
        measuredAs,
        judged,
        goal,
        progress,
        projection,
        quantified,
        bindingMet,
        seriousMiss,
        dataSource,
        notes,
        reasonZh,
        reasonEn,
        change);
  }

  /** A year of the judged series. */
  public record YearPoint(int year, @Nullable Double value) {}
}
