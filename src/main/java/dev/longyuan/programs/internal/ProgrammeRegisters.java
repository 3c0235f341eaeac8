package dev.longyuan.programs.internal;

import dev.longyuan.analytics.RegisterFigure;
import dev.longyuan.analytics.RegisterFigures;
import dev.longyuan.programs.CementYear;
import dev.longyuan.programs.Programme;
import dev.longyuan.programs.Programmes;
import dev.longyuan.programs.persistence.RecognitionStore;
import dev.longyuan.programs.persistence.RegisterVersion;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The series the programmes and the ledger give the assessment (docs/programmes.md): {@code
 * programme:<code>} (recognitions valid at the end of each year), {@code
 * capacity-withdrawn:<product>} (capacity withdrawn in each year, not cumulated), {@code
 * capacity-utilisation:cement} and {@code capacity-concentration:cement} (CR10), in %.
 */
@Component
class ProgrammeRegisters implements RegisterFigures {

  private static final String PROGRAMME = "programme:";
  private static final String WITHDRAWN = "capacity-withdrawn:";
  private static final String UTILISATION = "capacity-utilisation:cement";
  private static final String CONCENTRATION = "capacity-concentration:cement";

  private final Programmes programmes;
  private final RecognitionStore recognitions;
  private final RegisterVersion version;

  ProgrammeRegisters(
      Programmes programmes, RecognitionStore recognitions, RegisterVersion version) {
    this.programmes = programmes;
    this.recognitions = recognitions;
    this.version = version;
  }

  @Override
  public String version() {
    return "programmes-" + version.current();
  }

  /** Recognitions and withdrawals are announced by documents; the cement measures are not. */
  @Override
  public boolean published(String series) {
    return series.startsWith(PROGRAMME) || series.startsWith(WITHDRAWN);
  }

  @Override
  public boolean keeps(String series) {
    if (series.startsWith(PROGRAMME)) {
      return programmes.programme(series.substring(PROGRAMME.length())).isPresent();
    }
    if (series.startsWith(WITHDRAWN)) {
      String product = series.substring(WITHDRAWN.length());
      return programmes.products().stream().anyMatch(p -> p.code().equals(product));
    }
    return series.equals(UTILISATION) || series.equals(CONCENTRATION);
  }

  @Override
  public Map<Integer, RegisterFigure> figures(
      String series, String regionCode, List<Integer> years) {
    if (!keeps(series) || !RegionCode.isValid(regionCode) || years.isEmpty()) {
      return Map.of();
    }
    String prefix = RegionCode.of(regionCode).prefix();
    if (series.startsWith(PROGRAMME)) {
      return recognised(series.substring(PROGRAMME.length()), prefix, years);
    }
    if (series.startsWith(WITHDRAWN)) {
      return withdrawn(series.substring(WITHDRAWN.length()), prefix, years);
    }
    return cement(series.equals(UTILISATION), regionCode, years);
  }

  private Map<Integer, RegisterFigure> recognised(String code, String prefix, List<Integer> years) {
    if (recognitions.firstYear(code).isEmpty()) {
      return Map.of(); // nothing of the programme recorded anywhere: no figure, not an invented 0
    }
    Programme programme = programmes.programme(code).orElseThrow();
    int from = years.stream().min(Integer::compare).orElseThrow();
    int to = years.stream().max(Integer::compare).orElseThrow();
    Map<Integer, RecognitionStore.YearCount> counts = new HashMap<>();
    recognitions.counts(prefix, from, to).stream()
        .filter(c -> c.programmeCode().equals(code))
        .forEach(c -> counts.put(c.year(), c));
    boolean anySynthetic = recognitions.anySynthetic(code, prefix);
    Map<Integer, RegisterFigure> figures = new TreeMap<>();
    // the register keeps the programme: a year with none valid at its end counts 0 (a programme
    // begun in 2016 had none at the end of the base year)
    for (int year : years) {
      RecognitionStore.YearCount count = counts.get(year);
      int n = count == null ? 0 : count.count();
      figures.put(
          year,
          new RegisterFigure(
              year,
              BigDecimal.valueOf(n),
              year + "年末有效认定 " + n + " 项（" + programme.nameZh() + "）",
              n + " recognitions valid at the end of " + year + " (" + programme.nameEn() + ")",
              count == null ? anySynthetic : count.synthetic()));
    }
    return figures;
  }

  private Map<Integer, RegisterFigure> withdrawn(
      String product, String prefix, List<Integer> years) {
    LedgerTimeline timeline = programmes.timeline(product, prefix);
    Optional<Integer> first = timeline.firstYear();
    if (first.isEmpty()) {
      return Map.of();
    }
    String unit =
        programmes.products().stream()
            .filter(p -> p.code().equals(product))
            .findFirst()
            .orElseThrow()
            .unit();
    Map<Integer, RegisterFigure> figures = new TreeMap<>();
    for (int year : years) {
      if (year < first.get()) {
        continue;
      }
      BigDecimal amount = timeline.withdrawnIn(year);
      long count = timeline.withdrawalsIn(year);
      figures.put(
          year,
          new RegisterFigure(
              year,
              amount,
              year + "年退出产能 " + amount.toPlainString() + " " + unit + "，" + count + " 笔",
              amount.toPlainString()
                  + " "
                  + unit
                  + " withdrawn in "
                  + year
                  + " ("
                  + count
                  + " withdrawals)",
              timeline.syntheticBy(year)));
    }
    return figures;
  }

  private Map<Integer, RegisterFigure> cement(
      boolean utilisation, String regionCode, List<Integer> years) {
    if (programmes.timeline("cement", RegionCode.of(regionCode).prefix()).firstYear().isEmpty()) {
      return Map.of();
    }
    Map<Integer, RegisterFigure> figures = new TreeMap<>();
    for (CementYear y : programmes.cement(DataScope.everything(false), regionCode, years)) {
      String capacity = y.capacity().toPlainString();
      if (utilisation && y.utilisation() != null) {
        String output = y.output().toPlainString();
        figures.put(
            y.year(),
            new RegisterFigure(
                y.year(),
                y.utilisation(),
                y.year() + "年水泥产量 " + output + " 万吨，年末产能 " + capacity + " 万吨",
                "cement output "
                    + output
                    + " 万吨 in "
                    + y.year()
                    + " against a year-end capacity of "
                    + capacity
                    + " 万吨",
                y.synthetic()));
      } else if (!utilisation && y.concentration() != null) {
        String largest = y.largestTen().toPlainString();
        figures.put(
            y.year(),
            new RegisterFigure(
                y.year(),
                y.concentration(),
                y.year()
                    + "年末产能前十的企业合计 "
                    + largest
                    + " 万吨，全部 "
                    + y.enterprises()
                    + " 家企业 "
                    + capacity
                    + " 万吨",
                "the ten largest enterprises held "
                    + largest
                    + " of the "
                    + capacity
                    + " 万吨 of all "
                    + y.enterprises()
                    + " enterprises at the end of "
                    + y.year(),
                y.synthetic()));
      }
    }
    return figures;
  }
}
