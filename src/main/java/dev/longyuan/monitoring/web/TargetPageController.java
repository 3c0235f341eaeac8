package dev.longyuan.monitoring.web;

import static dev.longyuan.monitoring.web.OverviewPageController.asked;

import dev.longyuan.monitoring.TargetDetail;
import dev.longyuan.monitoring.TargetDetails;
import dev.longyuan.plan.Plan;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Any target of the plan in detail — the plan's statement and sentence, the label and how it was
 * reached, the chart and its data, the indicator, sectors and regions — signed in, and for the
 * public from official figures alone. An unknown target is a 404.
 */
@Controller
class TargetPageController {

  static final String VIEW_TARGET = "monitoring/target";

  private final TargetDetails details;
  private final MessageSource messages;

  TargetPageController(TargetDetails details, MessageSource messages) {
    this.details = details;
    this.messages = messages;
  }

  @GetMapping("/monitoring/{planId}/targets/{code}")
  String target(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope,
      Locale locale,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    return show(
        found(details.detail(plan.id(), code, chosen, scope, asked(region)), code),
        region,
        locale,
        model);
  }

  @GetMapping("/public/monitoring/{planId}/targets/{code}")
  String publicTarget(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      Locale locale,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("publicView", true);
    return show(
        found(details.officialDetail(plan.id(), code, chosen, asked(region)), code),
        region,
        locale,
        model);
  }

  /** The figures behind a target's chart, as CSV or XLSX. */
  @GetMapping("/monitoring/{planId}/targets/{code}/data")
  ResponseEntity<byte[]> targetData(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(defaultValue = "csv") String format,
      DataScope scope)
      throws IOException {
    int chosen = year == null ? plan.targetYear() : year;
    return download(
        format, found(details.detail(plan.id(), code, chosen, scope, asked(region)), code));
  }

  /** The official figures the public page shows, as CSV or XLSX. */
  @GetMapping("/public/monitoring/{planId}/targets/{code}/data")
  ResponseEntity<byte[]> publicTargetData(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(defaultValue = "csv") String format)
      throws IOException {
    int chosen = year == null ? plan.targetYear() : year;
    return download(
        format, found(details.officialDetail(plan.id(), code, chosen, asked(region)), code));
  }

  private String show(TargetDetail detail, @Nullable String region, Locale locale, Model model) {
    TargetDetail.Explanation method = detail.explanation();
    model.addAttribute("year", detail.year());
    model.addAttribute("region", region);
    model.addAttribute("detail", detail);
    model.addAttribute(
        "method", messages.getMessage(method.key(), method.args().toArray(), locale));
    model.addAttribute("requiredByYear", IndicatorChart.requiredByYear(detail.requiredPath()));
    model.addAttribute(
        "chartJson",
        IndicatorChart.of(
                detail.assessment(),
                detail.requiredPath(),
                IndicatorChart.labels(messages, locale, fileName(detail)))
            .json());
    return VIEW_TARGET;
  }

  private static ResponseEntity<byte[]> download(String format, TargetDetail detail)
      throws IOException {
    return IndicatorDataFile.download(
        format,
        fileName(detail),
        detail.target().code(),
        detail.assessment(),
        detail.requiredPath());
  }

  private static TargetDetail found(Optional<TargetDetail> detail, String code) {
    return detail.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, code));
  }

  private static String fileName(TargetDetail detail) {
    return detail.planId()
        + "-"
        + detail.target().code()
        + "-"
        + detail.regionCode()
        + "-"
        + detail.year();
  }
}
