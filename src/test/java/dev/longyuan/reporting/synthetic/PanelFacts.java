package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.ValueRecord;
import dev.longyuan.shared.Period;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a statistician checking the panel by hand would tabulate, gathered in one pass over the
 * values: December 累计 and yearly totals by element (all enterprises and manufacturing only), who
 * reported in each year, and counts of every consistency rule broken.
 */
final class PanelFacts {

  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-01/02|-0[3-9]|-1[0-2])?");
  private static final Set<String> COUNTS = Set.of("LOSS_ENT", "ENT");

  final int fromYear;
  final Map<String, double[]> all = new TreeMap<>();
  final Map<String, double[]> manufacturing = new TreeMap<>();
  final Map<Integer, Set<String>> reporters = new TreeMap<>();
  final Map<String, Double> outputByPrefecture2015 = new TreeMap<>();
  final double[] valueAddedJanFeb;
  final double[] valueAddedDecember;
  final double[] valueAddedYear;
  final double[] valueAddedNow;
  final double[] valueAddedBefore;
  long values;
  long ytdNotRunningSum;
  long janFebCurrentNotYtd;
  long badPeriods;
  long previousChecked;
  long previousWrong;
  long lossNotFromProfit;
  long productElsewhere;
  double smallestRevenue = Double.MAX_VALUE;

  private final Map<String, Enterprise> enterprises;
  private Map<String, BigDecimal> lastYear = new HashMap<>();
  private Map<String, BigDecimal> thisYear = new HashMap<>();
  private int year;
  private String unitElement = "";
  private BigDecimal running = BigDecimal.ZERO;
  private BigDecimal janFebCurrent = BigDecimal.ZERO;
  private final BigDecimal[] profitYtd = new BigDecimal[13];

  private PanelFacts(SyntheticPanel panel) {
    this.fromYear = panel.options().fromYear();
    int years = panel.options().toYear() - fromYear + 1;
    this.valueAddedJanFeb = new double[years];
    this.valueAddedDecember = new double[years];
    this.valueAddedYear = new double[years];
    this.valueAddedNow = new double[years];
    this.valueAddedBefore = new double[years];
    this.enterprises =
        panel.enterprises().stream()
            .collect(Collectors.toMap(e -> e.creditCode().value(), Function.identity()));
    this.year = fromYear;
  }

  static PanelFacts of(SyntheticPanel panel) {
    PanelFacts facts = new PanelFacts(panel);
    panel.values().forEach(facts::add);
    return facts;
  }

  double all(String element, int year) {
    return all.get(element)[year - fromYear];
  }

  double manufacturing(String element, int year) {
    return manufacturing.get(element)[year - fromYear];
  }

  private void add(ValueRecord v) {
    values++;
    Period period = v.period();
    if (period.year() != year) {
      lastYear = thisYear;
      thisYear = new HashMap<>();
      year = period.year();
    }
    if (!PERIOD.matcher(period.code()).matches()) {
      badPeriods++;
    }
    reporters.computeIfAbsent(year, y -> new TreeSet<>()).add(v.reportingUnit());
    checkPrevious(v);
    checkRunningSum(v);
    checkLoss(v);
    checkProduct(v);
    tabulate(v);
  }

  private void checkPrevious(ValueRecord v) {
    String key =
        v.dataElement() + "|" + v.reportingUnit() + "|" + v.period().number() + "|" + v.measure();
    thisYear.put(key, v.value());
    if (year == fromYear) {
      return;
    }
    previousChecked++;
    BigDecimal expected = lastYear.get(key);
    BigDecimal given = v.previousYearValue();
    boolean same =
        expected == null ? given == null : given != null && given.compareTo(expected) == 0;
    if (!same) {
      previousWrong++;
    }
  }

  private void checkRunningSum(ValueRecord v) {
    if (v.period().frequency() != Period.Frequency.MONTH || COUNTS.contains(v.dataElement())) {
      return;
    }
    String current = v.dataElement() + "|" + v.reportingUnit();
    if (!current.equals(unitElement) || v.period().number() == 1 && isCurrent(v)) {
      unitElement = current;
      running = BigDecimal.ZERO;
    }
    if (isCurrent(v)) {
      running = running.add(v.value());
      if (v.period().number() == 1) {
        janFebCurrent = v.value();
      }
      return;
    }
    if (running.compareTo(v.value()) != 0) {
      ytdNotRunningSum++;
    }
    if (v.period().number() == 1 && janFebCurrent.compareTo(v.value()) != 0) {
      janFebCurrentNotYtd++;
    }
  }

  private static boolean isCurrent(ValueRecord v) {
    return v.measure() == Measure.CURRENT;
  }

  private void checkLoss(ValueRecord v) {
    if (v.period().frequency() != Period.Frequency.MONTH || isCurrent(v)) {
      return;
    }
    int month = v.period().number();
    switch (v.dataElement()) {
      case "PROFIT" -> profitYtd[month] = v.value();
      case "LOSS" -> {
        BigDecimal expected = profitYtd[month].negate().max(BigDecimal.ZERO);
        if (expected.compareTo(v.value()) != 0) {
          lossNotFromProfit++;
        }
      }
      case "LOSS_ENT" -> {
        int expected = profitYtd[month].signum() < 0 ? 1 : 0;
        if (v.value().intValueExact() != expected) {
          lossNotFromProfit++;
        }
      }
      default -> {}
    }
  }

  private void checkProduct(ValueRecord v) {
    String industry = enterprises.get(v.reportingUnit()).industryCode().value();
    String allowed =
        switch (v.dataElement()) {
          case "P_CRUDE_PROC" -> "C2511";
          case "P_COAL" -> "B06";
          case "P_PIG_IRON", "P_CRUDE_STEEL" -> "C31";
          case "P_STEEL" -> "C31";
          case "P_COPPER" -> "C3251";
          case "P_ALUMINIUM" -> "C3252";
          case "P_NF10" -> "C32";
          case "P_CEMENT" -> "C3011";
          case "P_POWER" -> "D441";
          default -> "";
        };
    if (!industry.startsWith(allowed)) {
      productElsewhere++;
    }
  }

  private void tabulate(ValueRecord v) {
    int y = year - fromYear;
    Period period = v.period();
    String element = v.dataElement();
    double value = v.value().doubleValue();
    if (element.equals("VA") && isCurrent(v)) {
      valueAddedYear[y] += value;
      if (period.number() == 1) {
        valueAddedJanFeb[y] += value;
      } else if (period.number() == 12) {
        valueAddedDecember[y] += value;
      }
    }
    boolean total =
        period.frequency() == Period.Frequency.YEAR
            || period.number() == 12 && v.measure() == Measure.YTD;
    if (!total) {
      return;
    }
    all.computeIfAbsent(element, e -> new double[valueAddedYear.length])[y] += value;
    if (enterprises.get(v.reportingUnit()).industryCode().value().startsWith("C")) {
      manufacturing.computeIfAbsent(element, e -> new double[valueAddedYear.length])[y] += value;
    }
    if (element.equals("GO") && year == 2015) {
      String prefecture = enterprises.get(v.reportingUnit()).regionCode().value().substring(0, 4);
      outputByPrefecture2015.merge(prefecture, value, Double::sum);
    }
    if (element.equals("REV")) {
      smallestRevenue = Math.min(smallestRevenue, value);
    }
    if (element.equals("VA") && v.previousYearValue() != null) {
      valueAddedNow[y] += value;
      valueAddedBefore[y] += v.previousYearValue().doubleValue();
    }
  }
}
