package dev.longyuan.plan.web;

import dev.longyuan.plan.Correction;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanRevisions;
import dev.longyuan.plan.PlanSection;
import dev.longyuan.plan.PlanText;
import dev.longyuan.plan.Target;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The plan browser: list, outline, full text, indicator table, targets and baselines. */
@Controller
class PlanPageController {

  static final String VIEW_LIST = "plan/list";
  static final String VIEW_OVERVIEW = "plan/overview";
  static final String VIEW_TEXT = "plan/text";
  static final String VIEW_INDICATORS = "plan/indicators";
  static final String VIEW_TARGETS = "plan/targets";
  static final String VIEW_BASELINES = "plan/baselines";

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final PlanCatalog catalog;
  private final PlanRevisions revisions;

  PlanPageController(PlanCatalog catalog, PlanRevisions revisions) {
    this.revisions = revisions;
    this.catalog = catalog;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/plans";
  }

  @GetMapping("/plans")
  String list(Model model) {
    model.addAttribute("plans", catalog.plans());
    return VIEW_LIST;
  }

  @GetMapping("/plans/{planId}")
  String overview(@ModelAttribute Plan plan, Model model) {
    model.addAttribute("outline", plan.sections().stream().filter(s -> s.level() <= 2).toList());
    return VIEW_OVERVIEW;
  }

  @GetMapping("/plans/{planId}/text")
  String text(
      @ModelAttribute Plan plan,
      @RequestParam(required = false) @Nullable String highlight,
      Model model) {
    List<String> marks =
        highlight == null
            ? List.of()
            : quotation(plan, highlight)
                .map(List::of)
                .orElseThrow(() -> new PlanNotFoundException(highlight));
    model.addAttribute("blocks", PlanText.blocks(plan, marks));
    model.addAttribute("highlight", highlight);
    return VIEW_TEXT;
  }

  @GetMapping("/plans/{planId}/indicators")
  String indicators(@ModelAttribute Plan plan, Model model) {
    Map<String, Map<String, Correction>> corrections = new LinkedHashMap<>();
    for (Indicator indicator : plan.indicators()) {
      Map<String, Correction> byField = new LinkedHashMap<>();
      indicator.corrections().forEach(c -> byField.put(c.field(), c));
      corrections.put(indicator.code(), byField);
    }
    model.addAttribute("corrections", corrections);
    return VIEW_INDICATORS;
  }

  @GetMapping("/plans/{planId}/targets")
  String targets(@ModelAttribute Plan plan, Model model) {
    Map<PlanSection, List<Target>> byChapter = new LinkedHashMap<>();
    for (PlanSection chapter : plan.sections().stream().filter(s -> s.level() == 1).toList()) {
      List<Target> targets =
          plan.targets().stream()
              .filter(t -> t.section().split("\\.")[0].equals(chapter.id()))
              .toList();
      if (!targets.isEmpty()) {
        byChapter.put(chapter, targets);
      }
    }
    model.addAttribute("targetsByChapter", byChapter);
    model.addAttribute("changes", revisions.changes(plan, LocalDate.now(ZONE)));
    return VIEW_TARGETS;
  }

  @GetMapping("/plans/{planId}/baselines")
  String baselines() {
    return VIEW_BASELINES;
  }

  /** The words in the text that a target, baseline, place or indicator row was taken from. */
  static Optional<String> quotation(Plan plan, String code) {
    return Stream.of(
            plan.target(code).map(Target::sourceText),
            plan.baselines().stream()
                .filter(b -> b.code().equals(code))
                .findFirst()
                .map(b -> b.sourceText()),
            plan.place(code).map(p -> p.sourceText() == null ? p.nameZh() : p.sourceText()),
            plan.indicator(code).map(i -> i.tableRow()),
            plan.task(code).map(t -> t.sourceText()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
