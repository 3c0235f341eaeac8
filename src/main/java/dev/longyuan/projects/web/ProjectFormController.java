package dev.longyuan.projects.web;

import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.projects.ProjectDetail;
import dev.longyuan.projects.ProjectDraft;
import dev.longyuan.projects.ProjectRefused;
import dev.longyuan.projects.ProjectStatus;
import dev.longyuan.projects.Projects;
import dev.longyuan.projects.internal.ProjectChecks;
import dev.longyuan.shared.DataScope;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The form that adds or edits a project; a refused change is shown with every reason. */
@Controller
class ProjectFormController {

  static final String VIEW_FORM = "projects/form";

  private final Projects projects;

  ProjectFormController(Projects projects) {
    this.projects = projects;
  }

  @GetMapping("/projects/new")
  String create(DataScope scope, Model model) {
    Plan plan = projects.currentPlan();
    return form(
        model,
        plan,
        scope,
        ProjectForm.empty(ProjectPageController.yearsOf(plan)),
        null,
        List.of());
  }

  @GetMapping("/projects/{code}/edit")
  String edit(@PathVariable String code, DataScope scope, Model model) {
    ProjectDetail detail = projects.detail(code, scope);
    if (!Projects.mayEdit(scope, detail.project())) {
      throw ProjectRefused.outsideScope(code);
    }
    Plan plan = projects.plan(detail.project());
    ProjectForm form =
        ProjectForm.of(
            ProjectDraft.of(detail), detail.years(), ProjectPageController.yearsOf(plan));
    return form(model, plan, scope, form, code, List.of());
  }

  @PostMapping({"/projects", "/projects/{code}"})
  String save(
      @PathVariable(required = false) @Nullable String code,
      @ModelAttribute ProjectForm form,
      DataScope scope,
      Principal principal,
      Locale locale,
      Model model) {
    FormValues values = new FormValues();
    ProjectDraft draft = form.draft(values);
    List<dev.longyuan.reporting.ImportError> problems = new ArrayList<>(values.problems());
    try {
      if (problems.isEmpty() && code == null) {
        code = projects.create(draft, scope, principal.getName());
        return "redirect:/projects/" + code;
      }
      if (problems.isEmpty()) {
        projects.update(code, draft, scope, principal.getName());
        return "redirect:/projects/" + code;
      }
    } catch (ProjectRefused refused) {
      if (refused.code().equals("project.unknown")) {
        throw refused;
      }
      problems.addAll(refused.problems());
    }
    model.addAttribute("errors", FormValues.messages(problems, locale.getLanguage()));
    return form(model, projects.currentPlan(), scope, form, code, problems);
  }

  private String form(
      Model model,
      Plan plan,
      DataScope scope,
      ProjectForm form,
      @Nullable String code,
      List<dev.longyuan.reporting.ImportError> problems) {
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("editing", code);
    model.addAttribute(
        "counties",
        plan.regions().stream()
            .filter(r -> ProjectChecks.countyLevel(plan, r))
            .filter(r -> scope.coversRegion(r.code().value()))
            .toList());
    model.addAttribute("chains", plan.places(PlaceKind.INDUSTRY_CHAIN));
    model.addAttribute("bases", plan.places(PlaceKind.INDUSTRIAL_BASE));
    model.addAttribute("zones", plan.places(PlaceKind.DEVELOPMENT_ZONE));
    model.addAttribute("statuses", ProjectStatus.values());
    model.addAttribute("problemFields", problems.stream().map(p -> p.column()).toList());
    return VIEW_FORM;
  }
}
