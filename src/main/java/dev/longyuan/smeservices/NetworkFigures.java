package dev.longyuan.smeservices;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import dev.longyuan.smeservices.persistence.RequestStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The network's figures for a year, over the requests made that year (Beijing time) by the
 * enterprises of a region, in total and by the node that holds or resolved each: SMEs served
 * (enterprises with a request resolved), requests by category, the share resolved on time, the
 * satisfaction rate (ratings of 4 or 5 among those rated, against the national bar of 80% and the
 * aim of 90%), the public-benefit share (free or low-cost among those resolved); and the coverage
 * of the region's counties by touchpoints at the year's end.
 */
@Service
public class NetworkFigures {

  /** The national bar for satisfaction, in %. */
  public static final int NATIONAL_BAR = 80;

  /** The satisfaction the province aims at, in %. */
  public static final int AIM = 90;

  private final RequestStore requests;
  private final ServiceNetwork network;

  NetworkFigures(RequestStore requests, ServiceNetwork network) {
    this.requests = requests;
    this.network = network;
  }

  /** One row of counts; the shares are null where nothing is counted under them. */
  public record Row(
      @Nullable String nodeCode,
      String nameZh,
      String nameEn,
      @Nullable NodeKind kind,
      int requests,
      int resolved,
      int smesServed,
      int onTime,
      int rated,
      int satisfied,
      int publicBenefit) {

    @JsonProperty("onTimeShare")
    public @Nullable Double onTimeShare() {
      return share(onTime, resolved);
    }

    @JsonProperty("satisfaction")
    public @Nullable Double satisfaction() {
      return share(satisfied, rated);
    }

    @JsonProperty("publicBenefitShare")
    public @Nullable Double publicBenefitShare() {
      return share(publicBenefit, resolved);
    }

    private static @Nullable Double share(int part, int whole) {
      return whole == 0 ? null : 100.0 * part / whole;
    }
  }

  /** A year's figures for a region. */
  public record Figures(
      int year,
      String regionCode,
      Row total,
      List<Row> byNode,
      Map<String, Integer> byCategory,
      ServiceNetwork.Coverage coverage) {}

  /** The figures for the region (the user's own when none is asked, or one within it). */
  public Figures figures(int year, @Nullable String region, DataScope scope) {
    String regionCode = regionOf(region, scope);
    String prefix = RegionCode.of(regionCode).prefix();
    List<ServiceRequest> made = requests.madeIn(year, prefix);
    List<ServiceNode> nodes = network.nodes();
    List<Row> byNode = new ArrayList<>();
    for (ServiceNode node : nodes) {
      Row row =
          row(
              node.code(),
              node.nameZh(),
              node.nameEn(),
              node.kind(),
              made,
              r -> r.nodeCode().equals(node.code()));
      if (row.requests() > 0) {
        byNode.add(row);
      }
    }
    Map<String, Integer> byCategory = new LinkedHashMap<>();
    for (ServiceCategory category : network.categories()) {
      byCategory.put(
          category.code(),
          (int) made.stream().filter(r -> r.categoryCode().equals(category.code())).count());
    }
    return new Figures(
        year,
        regionCode,
        row(null, "合计", "Total", null, made, r -> true),
        byNode,
        byCategory,
        network.coverage(regionCode, year));
  }

  private static Row row(
      @Nullable String code,
      String nameZh,
      String nameEn,
      @Nullable NodeKind kind,
      List<ServiceRequest> made,
      Predicate<ServiceRequest> counted) {
    int n = 0;
    int resolved = 0;
    int onTime = 0;
    int rated = 0;
    int satisfied = 0;
    int publicBenefit = 0;
    Set<String> served = new HashSet<>();
    for (ServiceRequest r : made) {
      if (!counted.test(r)) {
        continue;
      }
      n++;
      if (r.resolvedAt() == null) {
        continue;
      }
      resolved++;
      served.add(r.enterpriseCode());
      if (!ServiceRequests.day(r.resolvedAt()).isAfter(r.resolveDue())) {
        onTime++;
      }
      if (r.fee() != null && r.fee().publicBenefit()) {
        publicBenefit++;
      }
      if (r.rating() != null) {
        rated++;
        if (r.rating() >= 4) {
          satisfied++;
        }
      }
    }
    return new Row(
        code,
        nameZh,
        nameEn,
        kind,
        n,
        resolved,
        served.size(),
        onTime,
        rated,
        satisfied,
        publicBenefit);
  }

  private String regionOf(@Nullable String region, DataScope scope) {
    String own =
        scope.kind() == DataScope.Kind.REGION
            ? scope.region().value()
            : network.plan().province().map(p -> p.code().value()).orElse("620000");
    if (region == null || region.isBlank() || !RegionCode.isValid(region)) {
      return own;
    }
    return scope.coversRegion(region) ? region : own;
  }
}
