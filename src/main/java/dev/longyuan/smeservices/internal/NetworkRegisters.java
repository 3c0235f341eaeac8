package dev.longyuan.smeservices.internal;

import dev.longyuan.analytics.RegisterFigure;
import dev.longyuan.analytics.RegisterFigures;
import dev.longyuan.shared.RegionCode;
import dev.longyuan.smeservices.NodeKind;
import dev.longyuan.smeservices.ServiceNetwork;
import dev.longyuan.smeservices.ServiceNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The series the network gives the assessment: {@code sme-network:county-coverage}, the share of a
 * region's counties with a touchpoint open at each year's end, in % — the measure of the plan's
 * target that 80% of counties have a service network (T-5.1.4-03); and {@code sme-network:windows},
 * the cities' windows open at each year's end (T-5.1.4-01, 14 windows).
 */
@Component
class NetworkRegisters implements RegisterFigures {

  static final String COVERAGE = "sme-network:county-coverage";
  static final String WINDOWS = "sme-network:windows";

  private final ServiceNetwork network;

  NetworkRegisters(ServiceNetwork network) {
    this.network = network;
  }

  /** The touchpoints and their opening days are all the series depends on. */
  @Override
  public String version() {
    return "sme-network-" + network.registerVersion();
  }

  @Override
  public boolean keeps(String series) {
    return series.equals(COVERAGE) || series.equals(WINDOWS);
  }

  @Override
  public Map<Integer, RegisterFigure> figures(
      String series, String regionCode, List<Integer> years) {
    if (!keeps(series) || !RegionCode.isValid(regionCode)) {
      return Map.of();
    }
    List<ServiceNode> nodes = network.nodes();
    NodeKind counted = series.equals(WINDOWS) ? NodeKind.WINDOW : NodeKind.TOUCHPOINT;
    if (nodes.stream().noneMatch(n -> n.kind() == counted)) {
      return Map.of(); // no network recorded: no figure, not an invented 0
    }
    if (series.equals(WINDOWS)) {
      return windows(regionCode, years, nodes);
    }
    Map<Integer, RegisterFigure> figures = new TreeMap<>();
    for (int year : years) {
      ServiceNetwork.Coverage coverage = network.coverage(regionCode, year);
      if (coverage.counties() == 0) {
        continue; // a city without counties (嘉峪关) has no share to give
      }
      BigDecimal share =
          BigDecimal.valueOf(coverage.covered() * 100L)
              .divide(BigDecimal.valueOf(coverage.counties()), 2, RoundingMode.HALF_UP);
      figures.put(
          year,
          new RegisterFigure(
              year,
              share,
              year + "年末设有服务触角的县区 " + coverage.covered() + " 个，共 " + coverage.counties() + " 个",
              coverage.covered()
                  + " of "
                  + coverage.counties()
                  + " counties had a touchpoint at the end of "
                  + year,
              coverage.synthetic()));
    }
    return figures;
  }

  private Map<Integer, RegisterFigure> windows(
      String regionCode, List<Integer> years, List<ServiceNode> nodes) {
    boolean synthetic = nodes.stream().anyMatch(n -> n.kind() == NodeKind.WINDOW && n.synthetic());
    Map<Integer, RegisterFigure> figures = new TreeMap<>();
    for (int year : years) {
      long open = network.windowsOpen(regionCode, year);
      figures.put(
          year,
          new RegisterFigure(
              year,
              BigDecimal.valueOf(open),
              year + "年末已设市州窗口平台 " + open + " 个",
              open + " city windows open at the end of " + year,
              synthetic));
    }
    return figures;
  }
}
