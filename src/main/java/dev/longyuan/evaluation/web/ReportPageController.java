package dev.longyuan.evaluation.web;

import dev.longyuan.evaluation.EvaluationRefused;
import dev.longyuan.evaluation.ReportArchive;
import dev.longyuan.evaluation.ReportGeneration;
import dev.longyuan.evaluation.ReportGenerations;
import dev.longyuan.evaluation.ReportKey;
import dev.longyuan.evaluation.StoredReport;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import dev.longyuan.shared.DataScope;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stored reports of a plan that the user's scope covers, each version with its data version,
 * who made it and when, and links to its documents; and the form that makes a report or a new
 * version of one from the data as they are now: a monthly brief at once, the long reports in the
 * background, the page following their progress step by step (htmx polls the generation's fragment)
 * until it links the version made.
 */
@Controller
class ReportPageController {

  static final String VIEW_REPORTS = "evaluation/reports";
  static final String FRAGMENT_GENERATION = "evaluation/reports :: generation(g=${generation})";
  static final List<String> TYPES = List.of("monthly", "annual", "midterm", "final");

  private final ReportArchive archive;
  private final ReportGenerations generations;
  private final PlanCatalog plans;

  ReportPageController(ReportArchive archive, ReportGenerations generations, PlanCatalog plans) {
    this.archive = archive;
    this.generations = generations;
    this.plans = plans;
  }

  @GetMapping("/plans/{planId}/reports")
  String reports(@PathVariable String planId, DataScope scope, Model model) {
    Plan plan = plan(planId);
    Map<String, Region> regions = new LinkedHashMap<>();
    plan.regions().stream()
        .filter(r -> scope.coversRegion(r.code().value()))
        .forEach(r -> regions.put(r.code().value(), r));
    model.addAttribute("plan", plan);
    model.addAttribute("versions", archive.versions(planId, scope, 500));
    model.addAttribute("generations", generations.generations(planId, scope));
    model.addAttribute("types", TYPES);
    model.addAttribute("regions", regions);
    model.addAttribute(
        "years", IntStream.rangeClosed(plan.baseYear() + 1, plan.targetYear()).boxed().toList());
    return VIEW_REPORTS;
  }

  @PostMapping("/plans/{planId}/reports")
  String make(
      @PathVariable String planId,
      @RequestParam(defaultValue = "midterm") String type,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String period,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(defaultValue = "zh") String language,
      DataScope scope,
      Principal principal,
      Locale ui,
      RedirectAttributes redirect) {
    Plan plan = plan(planId);
    Locale locale = language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    try {
      ReportKey key =
          archive.key(
              plan.id(),
              type,
              type.equals("monthly") ? null : year,
              type.equals("monthly") ? period : null,
              region == null || region.isBlank() ? null : region.strip(),
              scope,
              locale);
      if (ReportGeneration.LARGE.contains(key.type())) {
        generations.start(key, scope, principal.getName());
      } else {
        StoredReport made = archive.newVersion(key, scope, principal.getName());
        redirect.addFlashAttribute("made", made.version());
      }
    } catch (EvaluationRefused refused) {
      redirect.addFlashAttribute(
          "error", ui.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return "redirect:/plans/" + plan.id() + "/reports";
  }

  /** A generation's progress, the fragment the page polls while it runs. */
  @GetMapping("/plans/{planId}/reports/generations/{id}")
  String generation(
      @PathVariable String planId, @PathVariable String id, DataScope scope, Model model) {
    ReportGeneration generation =
        generations
            .generation(id, scope)
            .filter(g -> g.key().planId().equals(planId))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, id));
    model.addAttribute("generation", generation);
    return FRAGMENT_GENERATION;
  }

  private Plan plan(String planId) {
    return plans
        .plan(planId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, planId));
  }
}
