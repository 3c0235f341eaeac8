package dev.longyuan.projects.internal;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.plan.Sector;
import dev.longyuan.projects.MilestoneDraft;
import dev.longyuan.projects.Project;
import dev.longyuan.projects.ProjectStatus;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.shared.IndustryCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The shipped demonstration projects (模拟数据), generated from a fixed seed so that every start makes
 * the same ones: twenty along each of the plan's industry chains and one or two in each of its
 * development zones, owned where possible by a synthetic enterprise of the project's city and
 * sector, with yearly plans, monthly reports up to the data's last month (December 2020) and
 * milestones — most done on time, some late, a few overdue — and a few projects behind their plan
 * or suspended.
 */
public final class DemonstrationProjects {

  public static final long SEED = 20_161_229L;
  public static final YearMonth LAST_MONTH = YearMonth.of(2020, 12);
  static final int PER_CHAIN = 20;
  private static final String[] KINDS = {"新建", "扩能改造", "技术改造", "循环化改造", "延链补链", "智能化改造"};
  private static final String[] MILESTONES = {"立项备案", "开工建设", "主体工程完工", "设备安装调试", "竣工投产"};

  /** A generated project with everything it comes with. */
  public record Generated(
      Project project,
      Map<Integer, BigDecimal> yearPlans,
      List<MilestoneDraft> milestones,
      List<Report> reports) {}

  /** A monthly report of a generated project. */
  public record Report(String period, BigDecimal invested, String narrative) {}

  private final Plan plan;
  private final List<Enterprise> enterprises;
  private final Random random;
  private int sequence;

  private DemonstrationProjects(Plan plan, List<Enterprise> enterprises, long seed) {
    this.plan = plan;
    this.enterprises =
        enterprises.stream()
            .filter(Enterprise::synthetic)
            .sorted(Comparator.comparing(e -> e.creditCode().value()))
            .toList();
    this.random = new Random(seed);
  }

  /** The projects of the plan, owned by the given enterprises' synthetic ones where they fit. */
  public static List<Generated> generate(Plan plan, List<Enterprise> enterprises, long seed) {
    return new DemonstrationProjects(plan, enterprises, seed).all();
  }

  private List<Generated> all() {
    List<Generated> out = new ArrayList<>();
    for (Place chain : plan.places(PlaceKind.INDUSTRY_CHAIN)) {
      for (int i = 0; i < PER_CHAIN; i++) {
        String city = pick(chain.regions());
        String sector = pick(chain.sectors());
        out.add(project(city, sector, chain.code(), zoneIn(city, 0.5)));
      }
    }
    for (Place zone : plan.places(PlaceKind.DEVELOPMENT_ZONE)) {
      int count = 1 + (random.nextDouble() < 0.5 ? 1 : 0);
      for (int i = 0; i < count; i++) {
        String region = zone.regions().isEmpty() ? pick(cities()) : zone.regions().get(0);
        String city = cityOf(region);
        List<String> sectors = new ArrayList<>();
        plan.places(PlaceKind.INDUSTRIAL_BASE).stream()
            .filter(b -> b.regions().contains(city))
            .forEach(b -> sectors.addAll(b.sectors()));
        String sector =
            sectors.isEmpty()
                ? pick(plan.sectors().stream().map(Sector::code).toList())
                : pick(sectors);
        String chain =
            plan.places(PlaceKind.INDUSTRY_CHAIN).stream()
                .filter(c -> c.regions().contains(city) && c.sectors().contains(sector))
                .map(Place::code)
                .findFirst()
                .orElse(null);
        out.add(project(city, sector, chain, zone));
      }
    }
    return out;
  }

  private Generated project(
      String city, String sector, @Nullable String chain, @Nullable Place zone) {
    String county =
        zone != null && isCountyLevel(zone.regions().get(0))
            ? zone.regions().get(0)
            : countyOf(city);
    String base =
        plan.places(PlaceKind.INDUSTRIAL_BASE).stream()
            .filter(b -> b.regions().contains(city) && b.sectors().contains(sector))
            .map(Place::code)
            .findFirst()
            .filter(b -> random.nextDouble() < 0.7)
            .orElse(null);
    Sector s = plan.sector(sector).orElseThrow();
    String direction = s.subDirections().isEmpty() ? s.nameZh() : pick(s.subDirections()).nameZh();
    Region place = plan.region(county).orElseThrow();
    String name = place.shortNameZh() + direction + KINDS[random.nextInt(KINDS.length)] + "项目";
    YearMonth start = YearMonth.of(2015 + weightedStartYear(), 1 + random.nextInt(12));
    int months = 18 + random.nextInt(37);
    YearMonth finish = start.plusMonths(months - 1);
    BigDecimal total =
        BigDecimal.valueOf(
            Math.round(Math.exp(Math.log(3000) + random.nextDouble() * Math.log(100)) / 100.0)
                * 100);
    Enterprise owner = ownerFor(city, s);
    boolean behind = random.nextDouble() < 0.07;
    YearMonth suspendedFrom =
        random.nextDouble() < 0.04
            ? start.plusMonths(random.nextInt(Math.max(1, months / 2)) + 2)
            : null;
    if (suspendedFrom != null
        && (suspendedFrom.isAfter(LAST_MONTH)
            || suspendedFrom.isAfter(start.plusMonths(months - 2)))) {
      suspendedFrom = null;
    }
    String code = String.format("GS%d-%03d", start.getYear(), ++sequence);
    Map<Integer, BigDecimal> plans = spread(total, start, finish);
    List<Report> reports = reports(total, plans, start, finish, behind, suspendedFrom);
    List<MilestoneDraft> milestones = milestones(start, finish, suspendedFrom);
    ProjectStatus status;
    if (start.isAfter(LAST_MONTH)) {
      status = ProjectStatus.PREPARING;
    } else if (suspendedFrom != null) {
      status = ProjectStatus.SUSPENDED;
    } else if (milestones.get(milestones.size() - 1).doneDate() != null) {
      status = ProjectStatus.COMPLETED;
    } else {
      status = ProjectStatus.BUILDING;
    }
    Project project =
        new Project(
            code,
            plan.id(),
            name,
            owner == null ? null : owner.creditCode().value(),
            owner == null ? "甘肃" + place.shortNameZh() + direction + "项目建设有限公司（模拟）" : owner.name(),
            county,
            sector,
            owner == null ? s.industryCodes().get(0).value() : owner.industryCode().value(),
            chain,
            base,
            zone == null ? null : zone.code(),
            total,
            start.atDay(1 + random.nextInt(start.lengthOfMonth())),
            finish.atEndOfMonth(),
            status,
            true);
    return new Generated(project, plans, milestones, reports);
  }

  /** The total spread over the months of the project, a year's share to a year. */
  private static Map<Integer, BigDecimal> spread(
      BigDecimal total, YearMonth start, YearMonth finish) {
    int months = (int) start.until(finish, java.time.temporal.ChronoUnit.MONTHS) + 1;
    Map<Integer, BigDecimal> plans = new TreeMap<>();
    BigDecimal given = BigDecimal.ZERO;
    for (int year = start.getYear(); year <= finish.getYear(); year++) {
      int first = year == start.getYear() ? start.getMonthValue() : 1;
      int last = year == finish.getYear() ? finish.getMonthValue() : 12;
      BigDecimal share =
          year == finish.getYear()
              ? total.subtract(given)
              : total
                  .multiply(BigDecimal.valueOf(last - first + 1))
                  .divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP);
      plans.put(year, share);
      given = given.add(share);
    }
    return plans;
  }

  private List<Report> reports(
      BigDecimal total,
      Map<Integer, BigDecimal> plans,
      YearMonth start,
      YearMonth finish,
      boolean behind,
      @Nullable YearMonth suspendedFrom) {
    List<Report> reports = new ArrayList<>();
    BigDecimal done = BigDecimal.ZERO;
    double pace = 0.9 + random.nextDouble() * 0.1;
    for (YearMonth m = start; !m.isAfter(finish) && !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
      if (suspendedFrom != null && !m.isBefore(suspendedFrom)) {
        break;
      }
      int first = m.getYear() == start.getYear() ? start.getMonthValue() : 1;
      int last = m.getYear() == finish.getYear() ? finish.getMonthValue() : 12;
      double factor = behind && m.getYear() == LAST_MONTH.getYear() ? 0.5 : pace;
      BigDecimal monthly =
          plans
              .get(m.getYear())
              .multiply(BigDecimal.valueOf(factor * (0.8 + random.nextDouble() * 0.4)))
              .divide(BigDecimal.valueOf(last - first + 1), 0, RoundingMode.HALF_UP)
              .min(total.subtract(done));
      done = done.add(monthly);
      double share = done.doubleValue() / total.doubleValue();
      String phase =
          share < 0.2
              ? "场地平整和基础施工"
              : share < 0.6 ? "主体工程施工" : share < 0.9 ? "设备采购安装调试" : "收尾工程及试生产";
      reports.add(
          new Report(
              m.toString(),
              monthly,
              "本月完成投资 " + monthly.toPlainString() + " 万元，" + phase + "。（模拟数据）"));
    }
    return reports;
  }

  private List<MilestoneDraft> milestones(
      YearMonth start, YearMonth finish, @Nullable YearMonth suspendedFrom) {
    int months = (int) start.until(finish, java.time.temporal.ChronoUnit.MONTHS) + 1;
    List<LocalDate> due =
        List.of(
            start.minusMonths(2).atEndOfMonth(),
            start.atEndOfMonth(),
            start.plusMonths(months * 6 / 10).atEndOfMonth(),
            start.plusMonths(months * 85 / 100).atEndOfMonth(),
            finish.atEndOfMonth());
    LocalDate last = LAST_MONTH.atEndOfMonth();
    List<MilestoneDraft> out = new ArrayList<>();
    boolean stalled = false;
    for (int i = 0; i < MILESTONES.length; i++) {
      LocalDate date = due.get(i);
      double draw = random.nextDouble();
      // most on time, some late; only a milestone due in the data's last half year may still be
      // open, so that the overdue ones are few and recent, as a ledger kept up to date shows them
      boolean recent = date.isAfter(last.minusMonths(6));
      LocalDate done =
          draw < 0.7
              ? date.minusDays(random.nextInt(10))
              : draw < 0.9 || !recent ? date.plusDays(15 + random.nextInt(106)) : null;
      boolean halted = suspendedFrom != null && !date.isBefore(suspendedFrom.atDay(1));
      if (stalled || halted || done == null || done.isAfter(last)) {
        done = null;
        stalled = true;
      }
      out.add(new MilestoneDraft(MILESTONES[i], date, done));
    }
    return out;
  }

  private @Nullable Enterprise ownerFor(String city, Sector sector) {
    String prefix = city.substring(0, 4);
    List<Enterprise> fitting =
        enterprises.stream()
            .filter(e -> e.regionCode().value().startsWith(prefix))
            .filter(
                e ->
                    sector.industryCodes().stream()
                        .map(IndustryCode::value)
                        .anyMatch(code -> e.industryCode().value().startsWith(code)))
            .toList();
    return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
  }

  private @Nullable Place zoneIn(String city, double chance) {
    List<Place> zones =
        plan.places(PlaceKind.DEVELOPMENT_ZONE).stream()
            .filter(z -> !z.regions().isEmpty() && cityOf(z.regions().get(0)).equals(city))
            .toList();
    return zones.isEmpty() || random.nextDouble() >= chance ? null : pick(zones);
  }

  private int weightedStartYear() {
    double draw = random.nextDouble();
    return draw < 0.1
        ? 0
        : draw < 0.3 ? 1 : draw < 0.5 ? 2 : draw < 0.7 ? 3 : draw < 0.85 ? 4 : draw < 0.95 ? 5 : 6;
  }

  private boolean isCountyLevel(String code) {
    return plan.region(code)
        .map(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.NEW_AREA)
        .orElse(false);
  }

  /** The city a region lies in; the Lanzhou New Area and its parks lie in Lanzhou. */
  private String cityOf(String region) {
    return region.substring(0, 4) + "00";
  }

  private String countyOf(String cityOrCounty) {
    if (isCountyLevel(cityOrCounty)) {
      return cityOrCounty;
    }
    List<String> counties =
        plan.regions().stream()
            .filter(r -> r.level() == RegionLevel.COUNTY)
            .filter(r -> r.parent() != null && r.parent().value().equals(cityOrCounty))
            .map(r -> r.code().value())
            .toList();
    return counties.isEmpty() ? cityOrCounty : pick(counties);
  }

  private List<String> cities() {
    return plan.regions().stream()
        .filter(r -> r.level() == RegionLevel.PREFECTURE)
        .map(r -> r.code().value())
        .toList();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
