package dev.longyuan.monitoring.web;

import dev.longyuan.monitoring.Alert;
import dev.longyuan.monitoring.WarningRefused;
import dev.longyuan.monitoring.WarningRule;
import dev.longyuan.monitoring.Warnings;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import dev.longyuan.shared.DataScope;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alert inbox of a plan: the alerts of the user's regions, filtered by severity, region, sector
 * and state, each acknowledged by a person of the region or the province.
 */
@Controller
class AlertPageController {

  static final String VIEW_ALERTS = "monitoring/alerts";

  private final Warnings warnings;
  private final MessageSource messages;

  AlertPageController(Warnings warnings, MessageSource messages) {
    this.warnings = warnings;
    this.messages = messages;
  }

  @GetMapping("/monitoring/{planId}/alerts")
  String alerts(
      @ModelAttribute Plan plan,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
      @RequestParam(required = false) @Nullable String state,
      DataScope scope,
      Model model) {
    Alert.Filter filter =
        new Alert.Filter(
            severity != null && WarningRule.SEVERITIES.contains(severity) ? severity : null,
            OverviewPageController.asked(region),
            plan.sectors().stream().anyMatch(s -> s.code().equals(sector)) ? sector : null,
            "all".equals(state)
                ? null
                : state != null && Alert.STATES.contains(state) ? state : "open");
    model.addAttribute("filter", filter);
    model.addAttribute("alerts", warnings.alerts(plan.id(), scope, filter));
    model.addAttribute("severities", WarningRule.SEVERITIES);
    model.addAttribute("states", Alert.STATES);
    Map<String, Region> regions =
        plan.regions().stream()
            .filter(r -> scope.coversRegion(r.code().value()))
            .collect(
                Collectors.toMap(
                    r -> r.code().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    model.addAttribute("regions", regions);
    model.addAttribute(
        "sectors",
        plan.sectors().stream()
            .collect(
                Collectors.toMap(
                    Sector::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    model.addAttribute("mayAcknowledge", scope.mayChange());
    return VIEW_ALERTS;
  }

  @PostMapping("/monitoring/{planId}/alerts/{id}/acknowledge")
  String acknowledge(
      @ModelAttribute Plan plan,
      @PathVariable long id,
      DataScope scope,
      Principal principal,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      warnings.acknowledge(plan.id(), id, scope, principal.getName());
      redirect.addFlashAttribute(
          "message", messages.getMessage("warnings.acknowledged", new Object[] {id}, locale));
    } catch (WarningRefused refused) {
      redirect.addFlashAttribute(
          "error", messages.getMessage(refused.code(), new Object[] {id}, locale));
    }
    return "redirect:/monitoring/" + plan.id() + "/alerts";
  }
}
