package dev.longyuan.programs.internal;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.programs.NewRecognition;
import dev.longyuan.programs.NominationBars;
import dev.longyuan.programs.Numbered;
import dev.longyuan.programs.Programme;
import dev.longyuan.programs.Recognition;
import dev.longyuan.programs.persistence.RecognitionStore;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks recognitions before they are stored, every one of them, so that a file is refused whole
 * with each bad row named: the holder and the programme must exist, the years lie between 1990 and
 * this year and a withdrawal come after the grant, and nothing be recorded twice.
 */
@Component
public class RecognitionChecks {

  static final int FIRST_YEAR = 1990;

  private final RecognitionStore recognitions;
  private final ReportingService reporting;
  private final PlanCatalog plans;
  private final List<NominationBars> bars;

  RecognitionChecks(
      RecognitionStore recognitions,
      ReportingService reporting,
      PlanCatalog plans,
      List<NominationBars> bars) {
    this.recognitions = recognitions;
    this.reporting = reporting;
    this.plans = plans;
    this.bars = List.copyOf(bars);
  }

  /** The records ready to store, and why any could not be. */
  public record Checked<T>(List<T> records, List<ImportError> errors) {}

  /** A recognition ready to store with the key that tells one holder from another. */
  public record ResolvedRecognition(Recognition recognition, String holderKey) {}

  public Checked<ResolvedRecognition> recognitions(
      List<Numbered<NewRecognition>> rows, DataScope scope, boolean synthetic) {
    Map<String, Programme> programmes =
        recognitions.programmes().stream()
            .collect(Collectors.toMap(Programme::code, Function.identity()));
    Map<String, Place> zones = zones();
    Set<String> regions = plans.regionCodes();
    Map<String, Optional<Enterprise>> enterprises = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<ResolvedRecognition> ok = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    int thisYear = LocalDate.now().getYear();
    for (Numbered<NewRecognition> row : rows) {
      NewRecognition r = row.record();
      int before = errors.size();
      Programme programme = programmes.get(blankToEmpty(r.programmeCode()));
      if (programme == null) {
        errors.add(
            error(
                row,
                "programme",
                "programme.unknown",
                "没有代码为“" + r.programmeCode() + "”的项目",
                "no programme has the code \"" + r.programmeCode() + "\""));
      } else if (!programme.levels().contains(r.level())) {
        errors.add(
            error(
                row,
                "level",
                "level.unknown",
                "级别“" + r.level() + "”不是该项目的级别（" + String.join("、", programme.levels()) + "）",
                "\""
                    + r.level()
                    + "\" is not a level of this programme ("
                    + String.join(", ", programme.levels())
                    + ")"));
      }
      if (r.yearGranted() < FIRST_YEAR || r.yearGranted() > thisYear) {
        errors.add(yearOutOfRange(row, "yearGranted", r.yearGranted(), thisYear));
      }
      if (r.yearWithdrawn() != null) {
        if (r.yearWithdrawn() < FIRST_YEAR || r.yearWithdrawn() > thisYear) {
          errors.add(yearOutOfRange(row, "yearWithdrawn", r.yearWithdrawn(), thisYear));
        } else if (r.yearWithdrawn() < r.yearGranted()) {
          errors.add(
              error(
                  row,
                  "yearWithdrawn",
                  "year.withdrawn_before_granted",
                  "撤销年份 " + r.yearWithdrawn() + " 早于认定年份 " + r.yearGranted(),
                  "withdrawn in "
                      + r.yearWithdrawn()
                      + ", before it was granted in "
                      + r.yearGranted()));
        }
      }
      // the holder: an enterprise of the registry, a zone of the plan, or a named park in a region
      String holderName = null;
      String holderKey = null;
      String region = null;
      String industry = null;
      String enterpriseCode = emptyToNull(r.enterpriseCode());
      String zoneCode = emptyToNull(r.zoneCode());
      String parkName = emptyToNull(r.parkName());
      boolean zoneHolder = zoneCode != null || parkName != null;
      if (programme != null
          && (programme.holderKind() == Programme.HolderKind.ENTERPRISE) == zoneHolder) {
        errors.add(
            programme.holderKind() == Programme.HolderKind.ENTERPRISE
                ? error(
                    row,
                    "enterpriseCode",
                    "holder.enterprise_required",
                    "该项目认定企业：请填写企业统一社会信用代码，不填园区",
                    "this programme recognises enterprises: give a credit code, not a zone")
                : error(
                    row,
                    "zoneCode",
                    "holder.zone_required",
                    "该项目认定园区：请填写规划的开发区代码，或园区名称及行政区划代码",
                    "this programme recognises zones: give a development zone's code, or a park's"
                        + " name and region code"));
      } else if (enterpriseCode != null) {
        Optional<Enterprise> enterprise =
            enterprises.computeIfAbsent(enterpriseCode, reporting::enterprise);
        if (enterprise.isEmpty()) {
          errors.add(
              error(
                  row,
                  "enterpriseCode",
                  "enterprise.unknown",
                  "企业名录中没有统一社会信用代码为 " + enterpriseCode + " 的企业",
                  "no enterprise with the credit code " + enterpriseCode + " is registered"));
        } else {
          holderName = enterprise.get().name();
          holderKey = enterpriseCode;
          if (r.yearGranted() == thisYear) {
            for (NominationBars bar : bars) {
              Optional<NominationBars.Bar> barred = bar.bar(enterpriseCode);
              if (barred.isPresent()) {
                errors.add(
                    error(
                        row,
                        "enterpriseCode",
                        "enterprise.barred",
                        holderName + " 不得推荐认定：" + barred.get().reasonZh(),
                        holderName + " may not be nominated: " + barred.get().reasonEn()));
              }
            }
          }
          region = enterprise.get().regionCode().value();
          industry = enterprise.get().industryCode().value();
        }
      } else if (zoneCode != null) {
        Place zone = zones.get(zoneCode);
        if (zone == null || zone.regions().isEmpty()) {
          errors.add(
              error(
                  row,
                  "zoneCode",
                  "zone.unknown",
                  "规划中没有代码为“" + zoneCode + "”的开发区",
                  "the plan has no development zone with the code \"" + zoneCode + "\""));
        } else {
          holderName = zone.nameZh();
          holderKey = "zone:" + zoneCode;
          region = zone.regions().get(0);
        }
      } else if (parkName != null) {
        String given = blankToEmpty(r.regionCode());
        if (!regions.contains(given)) {
          errors.add(
              error(
                  row,
                  "regionCode",
                  "region.unknown",
                  "园区的行政区划代码“" + given + "”不是规划中的地区",
                  "the park's region code \"" + given + "\" is not a region of the plan"));
        } else {
          holderName = parkName;
          holderKey = "park:" + given + ":" + parkName;
          region = given;
        }
      } else {
        errors.add(
            error(
                row,
                "enterpriseCode",
                "holder.missing",
                "未填写认定对象（企业统一社会信用代码或园区）",
                "no holder given (an enterprise's credit code or a zone)"));
      }
      if (region != null && !(scope.mayChange() && scope.coversRegion(region))) {
        errors.add(outsideScope(row, "enterpriseCode"));
      }
      if (errors.size() > before || programme == null || holderKey == null) {
        continue;
      }
      String key = programme.code() + "|" + holderKey + "|" + r.level() + "|" + r.yearGranted();
      if (!seen.add(key)
          || recognitions.exists(programme.code(), holderKey, r.level(), r.yearGranted())) {
        errors.add(
            error(
                row,
                "yearGranted",
                "recognition.duplicate",
                holderName + " 的这一认定（" + programme.nameZh() + "，" + r.yearGranted() + "年）已登记",
                "this recognition of "
                    + holderName
                    + " ("
                    + programme.nameEn()
                    + ", "
                    + r.yearGranted()
                    + ") is recorded already"));
        continue;
      }
      ok.add(
          new ResolvedRecognition(
              new Recognition(
                  0,
                  programme.code(),
                  enterpriseCode,
                  zoneCode,
                  holderName,
                  region,
                  industry,
                  r.level(),
                  r.yearGranted(),
                  r.yearWithdrawn(),
                  blankToEmpty(r.documentNumber()),
                  synthetic),
              holderKey));
    }
    return new Checked<>(ok, errors);
  }

  /** The plan's development zones by code, of every stored plan. */
  public Map<String, Place> zones() {
    Map<String, Place> zones = new HashMap<>();
    plans.plans().stream()
        .flatMap(summary -> plans.plan(summary.id()).stream())
        .flatMap(plan -> plan.places(PlaceKind.DEVELOPMENT_ZONE).stream())
        .forEach(place -> zones.putIfAbsent(place.code(), place));
    return zones;
  }

  private static ImportError yearOutOfRange(Numbered<?> row, String field, int year, int thisYear) {
    return error(
        row,
        field,
        "year.out_of_range",
        "年份 " + year + " 不在 " + FIRST_YEAR + "–" + thisYear + " 之间",
        "the year " + year + " is not between " + FIRST_YEAR + " and " + thisYear);
  }

  static ImportError outsideScope(Numbered<?> row, String field) {
    return error(
        row,
        field,
        "scope.outside",
        "该企业或园区不在您可以修改的范围内",
        "this enterprise or zone is outside what you may change");
  }

  static ImportError error(
      Numbered<?> row, String field, String code, String messageZh, String messageEn) {
    return new ImportError(row.row(), field, code, messageZh, messageEn);
  }

  static String blankToEmpty(@Nullable String text) {
    return text == null ? "" : text.strip();
  }

  private static @Nullable String emptyToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
