package dev.longyuan.projects.web;

import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.projects.MilestoneDraft;
import dev.longyuan.projects.ProjectDetail;
import dev.longyuan.projects.ProjectDraft;
import dev.longyuan.projects.ProjectImport;
import dev.longyuan.projects.ProjectImports;
import dev.longyuan.projects.ProjectRefused;
import dev.longyuan.projects.ProjectStatus;
import dev.longyuan.projects.Projects;
import dev.longyuan.projects.ReportDraft;
import dev.longyuan.projects.internal.ProjectChecks;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that change projects: add or edit one, add a milestone, mark one done, file a monthly
 * report with attachments, import a workbook. A refused change is shown with every reason.
 */
@Controller
class ProjectFormController {

  static final String VIEW_FORM = "projects/form";
  static final String VIEW_IMPORT = "projects/import";

  private final Projects projects;
  private final ProjectImports imports;

  ProjectFormController(Projects projects, ProjectImports imports) {
    this.projects = projects;
    this.imports = imports;
  }

  @GetMapping("/projects/new")
  String create(Model model) {
    Plan plan = projects.currentPlan();
    return form(
        model, plan, ProjectForm.empty(ProjectPageController.yearsOf(plan)), null, List.of());
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
    return form(model, plan, form, code, List.of());
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
    return form(model, projects.currentPlan(), form, code, problems);
  }

  @PostMapping("/projects/{code}/milestones")
  String milestone(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String dueDate,
      @RequestParam(required = false) @Nullable String doneDate,
      DataScope scope,
      Principal principal,
      Locale locale,
      RedirectAttributes redirect) {
    FormValues values = new FormValues();
    MilestoneDraft draft =
        new MilestoneDraft(
            name, values.date("dueDate", dueDate), values.date("doneDate", doneDate));
    return change(
        code,
        values,
        redirect,
        locale,
        () -> projects.addMilestone(code, draft, scope, principal.getName()));
  }

  @PostMapping("/projects/{code}/milestones/{id}/done")
  String done(
      @PathVariable String code,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String doneDate,
      DataScope scope,
      Principal principal,
      Locale locale,
      RedirectAttributes redirect) {
    FormValues values = new FormValues();
    java.time.LocalDate date = values.date("doneDate", doneDate);
    java.time.LocalDate when = date == null ? java.time.LocalDate.now() : date;
    return change(
        code,
        values,
        redirect,
        locale,
        () -> projects.markDone(code, id, when, scope, principal.getName()));
  }

  @PostMapping("/projects/{code}/reports")
  String report(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String period,
      @RequestParam(required = false) @Nullable String invested,
      @RequestParam(required = false) @Nullable String narrative,
      @RequestParam(required = false) @Nullable List<MultipartFile> files,
      DataScope scope,
      Principal principal,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    FormValues values = new FormValues();
    List<ReportDraft.Upload> uploads = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (!file.isEmpty()) {
        String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
        uploads.add(new ReportDraft.Upload(name, file.getContentType(), file.getBytes()));
      }
    }
    ReportDraft draft =
        new ReportDraft(period, values.number("invested", invested), narrative, uploads);
    return change(
        code,
        values,
        redirect,
        locale,
        () -> projects.fileReport(code, draft, scope, principal.getName()));
  }

  @GetMapping("/projects/import")
  String importPage() {
    return VIEW_IMPORT;
  }

  @PostMapping("/projects/import")
  String importWorkbook(
      @RequestParam MultipartFile file, DataScope scope, Principal principal, Model model)
      throws IOException {
    String name = file.getOriginalFilename() == null ? "upload.xlsx" : file.getOriginalFilename();
    ProjectImport done = imports.importWorkbook(name, file.getBytes(), scope, principal.getName());
    model.addAttribute("result", done);
    return VIEW_IMPORT;
  }

  private String change(
      String code, FormValues values, RedirectAttributes redirect, Locale locale, Runnable action) {
    List<dev.longyuan.reporting.ImportError> problems = new ArrayList<>(values.problems());
    if (problems.isEmpty()) {
      try {
        action.run();
        redirect.addFlashAttribute("saved", true);
      } catch (ProjectRefused refused) {
        if (refused.code().equals("project.unknown") || refused.code().equals("scope.outside")) {
          throw refused;
        }
        problems.addAll(refused.problems());
      }
    }
    if (!problems.isEmpty()) {
      redirect.addFlashAttribute("errors", FormValues.messages(problems, locale.getLanguage()));
    }
    return "redirect:/projects/" + code;
  }

  private String form(
      Model model,
      Plan plan,
      ProjectForm form,
      @Nullable String code,
      List<dev.longyuan.reporting.ImportError> problems) {
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("editing", code);
    model.addAttribute(
        "counties",
        plan.regions().stream().filter(r -> ProjectChecks.countyLevel(plan, r)).toList());
    model.addAttribute("chains", plan.places(PlaceKind.INDUSTRY_CHAIN));
    model.addAttribute("bases", plan.places(PlaceKind.INDUSTRIAL_BASE));
    model.addAttribute("zones", plan.places(PlaceKind.DEVELOPMENT_ZONE));
    model.addAttribute("statuses", ProjectStatus.values());
    model.addAttribute("problemFields", problems.stream().map(p -> p.column()).toList());
    return VIEW_FORM;
  }
}
