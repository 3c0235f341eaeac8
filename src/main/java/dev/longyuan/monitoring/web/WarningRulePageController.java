package dev.longyuan.monitoring.web;

import dev.longyuan.monitoring.WarningRefused;
import dev.longyuan.monitoring.WarningRule;
import dev.longyuan.monitoring.Warnings;
import dev.longyuan.plan.Plan;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The warning rules of a plan, for province administrators to change a rule's severity, threshold
 * and months and to enable or disable it. A refused change shows the page again with the error,
 * which names the rule and the field.
 */
@Controller
class WarningRulePageController {

  static final String VIEW_RULES = "monitoring/warning-rules";

  private final Warnings warnings;
  private final MessageSource messages;

  WarningRulePageController(Warnings warnings, MessageSource messages) {
    this.warnings = warnings;
    this.messages = messages;
  }

  @GetMapping("/monitoring/{planId}/warning-rules")
  String rules(@ModelAttribute Plan plan, Model model) {
    model.addAttribute("rules", warnings.rules(plan.id()));
    model.addAttribute("severities", WarningRule.SEVERITIES);
    return VIEW_RULES;
  }

  @PostMapping("/monitoring/{planId}/warning-rules/{id}")
  String change(
      @ModelAttribute Plan plan,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String severity,
      @RequestParam(required = false) @Nullable String threshold,
      @RequestParam(required = false) @Nullable String months,
      @RequestParam(required = false) @Nullable String enabled,
      Principal principal,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    WarningRule rule =
        warnings
            .rule(plan.id(), id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    try {
      warnings.change(
          plan.id(),
          id,
          new Warnings.RuleChange(
              severity == null ? "" : severity.strip(),
              threshold(rule, threshold),
              months(months),
              enabled != null),
          principal.getName());
    } catch (WarningRefused refused) {
      String name = locale.getLanguage().equals("en") ? rule.nameEn() : rule.nameZh();
      model.addAttribute(
          "error", messages.getMessage(refused.code(), new Object[] {name, rule.code()}, locale));
      model.addAttribute("errorRule", rule.id());
      model.addAttribute("errorField", refused.field());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return rules(plan, model);
    }
    redirect.addFlashAttribute(
        "message", messages.getMessage("warnings.rules.saved", new Object[] {rule.code()}, locale));
    return "redirect:/monitoring/" + plan.id() + "/warning-rules";
  }

  private static @Nullable BigDecimal threshold(WarningRule rule, @Nullable String text) {
    if (!rule.hasThreshold()) {
      return null;
    }
    try {
      return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw WarningRefused.of("threshold", "warnings.error.threshold");
    }
  }

  private static int months(@Nullable String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw WarningRefused.of("months", "warnings.error.months");
    }
  }
}
