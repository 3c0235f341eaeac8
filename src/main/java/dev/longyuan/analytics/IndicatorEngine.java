package dev.longyuan.analytics;

import dev.longyuan.analytics.internal.Deflation;
import dev.longyuan.analytics.internal.MirrorQueries;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.reporting.DataElement;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Computes indicator definitions for a region × sector × period from the analytics copy of the
 * data: each aggregate of the definition is one SQL aggregation over the enterprises registered in
 * the region (and, when given, the sector), then the arithmetic joins them.
 *
 * <p>Which value of an element a period takes: for a year, a yearly element's own figure and a
 * monthly element's December 累计 (its December level for a stock); for a quarter, 累计 to its last
 * month (a quarter alone, 当季, is refused); for a month (or 1–2月), the measure asked for (当月 or 累计;
 * a stock has only its level), and nothing of a yearly element.
 *
 * <p>Prices are the province's (the plan's region ending in 0000): {@code real} and {@code
 * constant} divide each enterprise's value by the ex-factory price indices the province reports for
 * the enterprise's division, wherever the enterprise is (see {@link Deflator}).
 */
@Service
public class IndicatorEngine {

  private final MirrorQueries mirror;
  private final ReportingService reporting;
  private final PlanCatalog plans;
  private final ObjectProvider<RegisterFigures> registers;

  IndicatorEngine(
      MirrorQueries mirror,
      ReportingService reporting,
      PlanCatalog plans,
      ObjectProvider<RegisterFigures> registers) {
    this.mirror = mirror;
    this.reporting = reporting;
    this.plans = plans;
    this.registers = registers;
  }

  /**
   * The version of the data every computation reads now (the last committed change the analytics
   * copy holds): a result computed at a version stays right while the version does.
   */
  public String dataVersion() {
    StringBuilder version = new StringBuilder(mirror.version());
    // a register's figures feed the assessment as values do: a change in one is a new version
    registers.orderedStream().forEach(r -> version.append(':').append(r.version()));
    return version.toString();
  }

  /**
   * Parses a definition against the data elements that exist; only flows in 元 (at current prices)
   * are deflated.
   */
  public IndicatorExpression parse(String definition) {
    Map<String, DataElement> elements = elements();
    return IndicatorExpression.parse(
        definition,
        elements::containsKey,
        code -> {
          DataElement element = elements.get(code);
          return element.unit().endsWith("元")
              && !element.isStock()
              && element.aggregation().equals("sum");
        });
  }

  /**
   * Whether the indicator adds up over the months, as a flow does: sums (or 本期 sums) of additive
   * flow elements, added, subtracted or scaled by a number. Then its 1–2月 value is January plus
   * February; a ratio, a count or a stock stands for each month instead.
   */
  public boolean addsUpOverMonths(IndicatorExpression expression) {
    return addsUp(expression.root(), elements());
  }

  /**
   * Whether every element the expression names is reported monthly, so that it has a value for a
   * month (or 1–2月); one yearly element leaves it none.
   */
  public boolean reportedMonthly(IndicatorExpression expression) {
    Map<String, DataElement> elements = elements();
    return expression.aggregates().stream()
        .map(a -> elements.get(a.element()))
        .allMatch(element -> element != null && !element.isYearly());
  }

  private static boolean addsUp(IndicatorExpression.Node node, Map<String, DataElement> elements) {
    if (node instanceof IndicatorExpression.Aggregate a) {
      DataElement element = elements.get(a.element());
      return (a.function().equals("sum") || a.function().equals("same"))
          && element != null
          && !element.isStock()
          && element.aggregation().equals("sum");
    }
    if (node instanceof IndicatorExpression.Negation n) {
      return addsUp(n.operand(), elements);
    }
    if (node instanceof IndicatorExpression.Operation o) {
      return switch (o.operator()) {
        case '+', '-' -> addsUp(o.left(), elements) && addsUp(o.right(), elements);
        case '*' ->
            (o.left() instanceof IndicatorExpression.Number && addsUp(o.right(), elements))
                || (o.right() instanceof IndicatorExpression.Number && addsUp(o.left(), elements));
        default -> o.right() instanceof IndicatorExpression.Number && addsUp(o.left(), elements);
      };
    }
    return false;
  }

  public IndicatorValue evaluate(
      IndicatorExpression expression,
      DataScope scope,
      String regionCode,
      @Nullable String sector,
      String period,
      String measure) {
    return evaluate(expression, scope, regionCode, sector, List.of(period), measure).get(0);
  }

  /**
   * The indicator for a region and sector in each period given, in order: the checks, the data
   * elements and the copy's catch-up done once for them all.
   */
  public List<IndicatorValue> evaluate(
      IndicatorExpression expression,
      DataScope scope,
      String regionCode,
      @Nullable String sector,
      List<String> periods,
      String measure) {
    checkRegion(scope, regionCode);
    List<String> industries = sector == null ? List.of() : plans.industryPrefixes(sector);
    if (sector != null && industries.isEmpty()) {
      throw new AnalyticsRefused(
          "sector.unknown",
          "“" + sector + "”既不是规划的产业，也不是国民经济行业分类代码",
          "\"" + sector + "\" is neither a plan sector nor a GB/T 4754-2017 code");
    }
    if (!measure.equals("current") && !measure.equals("ytd")) {
      throw new AnalyticsRefused(
          "measure.invalid", "measure 应为 current（当月）或 ytd（累计）", "measure must be current or ytd");
    }
    List<Period> parsed = periods.stream().map(code -> period(code, measure)).toList();
    Map<String, DataElement> elements = elements();
    String prefix = RegionCode.of(regionCode).prefix();
    Deflator deflator = new Deflator(province());
    List<IndicatorExpression.Aggregate> aggregates = expression.aggregates();
    // each aggregate once for all the periods (one query per measure its periods take); results
    // and deflations keyed by the element's period and measure
    Map<IndicatorExpression.Aggregate, Map<String, MirrorQueries.Result>> results = new HashMap<>();
    Map<IndicatorExpression.Aggregate, Map<String, Deflation>> deflations = new HashMap<>();
    try (Connection duck = mirror.open()) {
      for (IndicatorExpression.Aggregate aggregate : aggregates) {
        DataElement element = elements.get(aggregate.element());
        Map<String, Map<String, List<String>>> byMeasure = new java.util.LinkedHashMap<>();
        for (Period period : parsed) {
          ElementPeriod at = at(element, period, measure);
          if (at == null) {
            continue;
          }
          List<String> chain =
              aggregate.deflated() ? Deflator.indexPeriods(aggregate, at.period()) : List.of();
          if (chain != null) {
            byMeasure
                .computeIfAbsent(at.measure(), m -> new java.util.LinkedHashMap<>())
                .put(at.period(), chain);
          }
        }
        Map<String, MirrorQueries.Result> found = new HashMap<>();
        Map<String, Deflation> deflated = new HashMap<>();
        for (Map.Entry<String, Map<String, List<String>>> asked : byMeasure.entrySet()) {
          String elementMeasure = asked.getKey();
          Deflation deflation =
              aggregate.deflated()
                  ? deflator.deflation(
                      aggregate,
                      new ElementPeriod(
                          asked.getValue().keySet().iterator().next(), elementMeasure),
                      asked.getValue())
                  : null;
          mirror
              .aggregate(
                  duck,
                  aggregate,
                  asked.getValue().keySet(),
                  elementMeasure,
                  prefix,
                  industries,
                  deflation)
              .forEach((period, result) -> found.put(period + "|" + elementMeasure, result));
          if (deflation != null) {
            asked
                .getValue()
                .keySet()
                .forEach(p -> deflated.put(p + "|" + elementMeasure, deflation));
          }
        }
        results.put(aggregate, found);
        deflations.put(aggregate, deflated);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics copy cannot be read: " + e.getMessage(), e);
    }
    List<IndicatorValue> computed = new ArrayList<>();
    for (Period period : parsed) {
      Map<IndicatorExpression.Aggregate, @Nullable BigDecimal> values = new HashMap<>();
      List<AggregateFigure> figures = new ArrayList<>();
      for (IndicatorExpression.Aggregate aggregate : aggregates) {
        ElementPeriod at = at(elements.get(aggregate.element()), period, measure);
        String key = at == null ? "" : at.period() + "|" + at.measure();
        // a deflated aggregate without its deflation is before its base year: no value
        Deflation deflation = deflations.get(aggregate).get(key);
        MirrorQueries.Result result =
            results.get(aggregate).getOrDefault(key, MirrorQueries.Result.NONE);
        values.put(aggregate, result.value());
        figures.add(AggregateFigure.of(aggregate, at, result, deflation));
      }
      computed.add(
          new IndicatorValue(
              expression.text(),
              regionCode,
              sector,
              period.code(),
              measure,
              expression.evaluate(values),
              figures));
    }
    return computed;
  }

  private static Period period(String code, String measure) {
    Period period =
        Period.tryParse(code)
            .orElseThrow(
                () ->
                    new AnalyticsRefused(
                        "period.invalid", Period.reasonZh(code), Period.reasonEn(code)));
    if (period.frequency() == Period.Frequency.QUARTER && measure.equals("current")) {
      throw new AnalyticsRefused(
          "period.quarter_current",
          "季度指标按累计（年初至季末）计算，请用 measure=ytd；当季值请按季内各月的当月值计算",
          "a quarter is computed year to date (to the quarter's last month): use measure=ytd; for"
              + " the quarter alone use its months' current values");
    }
    return period;
  }

  /**
   * The indicator for every period given (all months, or all years), every region and every sector
   * given (sector code → GB/T 4754 prefixes), one SQL query per aggregate: what a map, a ranking or
   * a full recomputation needs. Rows outside the scope are left out.
   */
  public IndicatorTable evaluateAll(
      IndicatorExpression expression,
      DataScope scope,
      List<String> periods,
      String measure,
      Map<String, List<String>> sectors) {
    List<Period> parsed = periods.stream().map(code -> period(code, measure)).toList();
    if (parsed.stream().map(Period::frequency).distinct().count() > 1) {
      throw new AnalyticsRefused(
          "periods.mixed",
          "一次计算的期别须全部为月、全部为季度或全部为年",
          "the periods of one computation must be all months, all quarters or all years");
    }
    String province = province();
    Deflator deflator = new Deflator(province);
    Map<String, DataElement> elements = elements();
    List<IndicatorExpression.Aggregate> aggregates = expression.aggregates();
    // every cell's aggregates by their place in the definition: one map for the whole computation
    Map<MirrorQueries.Group, @Nullable BigDecimal[]> cells = new HashMap<>(1 << 16);
    try (Connection duck = mirror.open()) {
      for (int a = 0; a < aggregates.size(); a++) {
        IndicatorExpression.Aggregate aggregate = aggregates.get(a);
        DataElement element = elements.get(aggregate.element());
        Map<String, String> asked = new java.util.LinkedHashMap<>();
        Map<String, List<String>> indices = new HashMap<>();
        ElementPeriod last = null;
        for (Period period : parsed) {
          ElementPeriod at = at(element, period, measure);
          if (at == null) {
            continue;
          }
          if (aggregate.deflated()) {
            List<String> chain = Deflator.indexPeriods(aggregate, at.period());
            if (chain == null) {
              continue; // before the base year: not asked, no value
            }
            indices.put(at.period(), chain);
          }
          asked.put(at.period(), period.code());
          last = at;
        }
        if (last == null) {
          continue;
        }
        Deflation deflation =
            aggregate.deflated() ? deflator.deflation(aggregate, last, indices) : null;
        int place = a;
        int size = aggregates.size();
        mirror
            .aggregateAll(
                duck,
                aggregate,
                List.copyOf(asked.keySet()),
                last.measure(),
                province,
                sectors,
                deflation)
            .forEach(
                (group, result) -> {
                  String period = asked.get(group.period());
                  MirrorQueries.Group cell =
                      period.equals(group.period())
                          ? group
                          : new MirrorQueries.Group(period, group.regionCode(), group.sector());
                  cells.computeIfAbsent(cell, c -> new BigDecimal[size])[place] = result.value();
                });
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics copy cannot be read: " + e.getMessage(), e);
    }
    List<IndicatorTable.Row> rows = new ArrayList<>(cells.size());
    cells.forEach(
        (group, values) -> {
          if (scope.coversRegion(group.regionCode())) {
            rows.add(
                new IndicatorTable.Row(
                    group.period(),
                    group.regionCode(),
                    group.sector(),
                    expression.evaluate(aggregate -> values[aggregates.indexOf(aggregate)])));
          }
        });
    rows.sort(IndicatorEngine::byPeriodRegionSector);
    return new IndicatorTable(expression.text(), measure, rows);
  }

  private static int byPeriodRegionSector(IndicatorTable.Row a, IndicatorTable.Row b) {
    int c = a.period().compareTo(b.period());
    if (c == 0) {
      c = a.regionCode().compareTo(b.regionCode());
    }
    if (c == 0) {
      c = (a.sector() == null ? "" : a.sector()).compareTo(b.sector() == null ? "" : b.sector());
    }
    return c;
  }

  /**
   * A region's own figure for an element beside the sum of its enterprises' values, for a period
   * and measure as the data hold them.
   */
  public Reconciliation reconcile(
      DataScope scope, String element, String regionCode, String period, String measure) {
    checkRegion(scope, regionCode);
    DataElement known = elements().get(element);
    if (known == null || !known.aggregation().equals("sum")) {
      throw new AnalyticsRefused(
          "element.not_additive",
          "“" + element + "”不是可加总的统计指标项，无法与企业数据相加比较",
          "\"" + element + "\" is not an element that adds up across enterprises");
    }
    MirrorQueries.RegionFigure figure;
    MirrorQueries.Result sum;
    try (Connection duck = mirror.open()) {
      figure = mirror.regionFigure(duck, element, regionCode, period, measure).orElse(null);
      sum =
          mirror
              .aggregate(
                  duck,
                  new IndicatorExpression.Aggregate("sum", element, null, null, null),
                  List.of(period),
                  measure,
                  RegionCode.of(regionCode).prefix(),
                  List.of(),
                  null)
              .getOrDefault(period, MirrorQueries.Result.NONE);
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics copy cannot be read: " + e.getMessage(), e);
    }
    BigDecimal difference =
        figure == null || sum.value() == null ? null : figure.value().subtract(sum.value());
    BigDecimal coverage =
        figure == null || sum.value() == null || figure.value().signum() == 0
            ? null
            : sum.value()
                .multiply(BigDecimal.valueOf(100))
                .divide(figure.value(), 1, java.math.RoundingMode.HALF_EVEN);
    return new Reconciliation(
        element,
        regionCode,
        period,
        measure,
        figure == null ? null : figure.value(),
        figure == null ? null : figure.source(),
        sum.value(),
        sum.units(),
        sum.syntheticValues(),
        difference,
        coverage,
        figure != null ? "region" : sum.value() != null ? "enterprises" : "none");
  }

  /**
   * A region's own figures of an element for each year that has one: a year's figure is stored
   * under the year itself or, for a monthly element, under December's 累计 (its level, for a stock).
   */
  public Map<Integer, RegionFigure> regionFigures(
      DataScope scope, String element, String regionCode, List<Integer> years) {
    checkRegion(scope, regionCode);
    DataElement known = elements().get(element);
    if (known == null) {
      throw new AnalyticsRefused(
          "element.unknown", "没有统计指标项“" + element + "”", "no data element \"" + element + "\"");
    }
    String measure = known.isStock() ? "current" : "ytd";
    Map<Integer, RegionFigure> figures = new java.util.TreeMap<>();
    try (Connection duck = mirror.open()) {
      for (int year : years) {
        for (String period : List.of(String.valueOf(year), year + "-12")) {
          MirrorQueries.RegionFigure found =
              mirror.regionFigure(duck, element, regionCode, period, measure).orElse(null);
          if (found != null) {
            figures.put(
                year, new RegionFigure(year, found.value(), found.source(), element, period));
            break;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics copy cannot be read: " + e.getMessage(), e);
    }
    return figures;
  }

  private void checkRegion(DataScope scope, String regionCode) {
    if (!RegionCode.isValid(regionCode) || !plans.regionCodes().contains(regionCode)) {
      throw new AnalyticsRefused(
          "region.unknown",
          "行政区划代码“" + regionCode + "”不在规划的行政区划中",
          "the region code \"" + regionCode + "\" is not one of the plan's regions");
    }
    if (!scope.coversRegion(regionCode)) {
      throw new AnalyticsRefused(
          "scope.outside",
          "行政区划 " + regionCode + " 不在您的数据范围内",
          "the region " + regionCode + " is outside your data scope");
    }
  }

  /** The province, whose prices deflate: the plan's one region ending in 0000. */
  private String province() {
    return plans.regionCodes().stream()
        .filter(code -> code.endsWith("0000"))
        .sorted()
        .findFirst()
        .orElseThrow();
  }

  /** The period and measure an element's value is taken from, or null when it has none. */
  record ElementPeriod(String period, String measure) {}

  static @Nullable ElementPeriod at(DataElement element, Period period, String measure) {
    String levelOrFlow = element.isStock() ? "current" : measure;
    if (period.frequency() == Period.Frequency.YEAR) {
      String yearMeasure = element.isStock() ? "current" : "ytd";
      return element.isYearly()
          ? new ElementPeriod(period.code(), yearMeasure)
          : new ElementPeriod(period.year() + "-12", yearMeasure);
    }
    if (period.frequency() == Period.Frequency.QUARTER) {
      // 一季度, 上半年, 前三季度 as China's statistics give them: 累计 to the quarter's last month
      String quarterEnd = Period.month(period.year(), period.lastMonth()).code();
      return element.isYearly()
          ? null
          : new ElementPeriod(quarterEnd, element.isStock() ? "current" : "ytd");
    }
    return element.isYearly() ? null : new ElementPeriod(period.code(), levelOrFlow);
  }

  private Map<String, DataElement> elements() {
    return reporting.elements().stream()
        .collect(Collectors.toMap(DataElement::code, Function.identity()));
  }
}
