package dev.longyuan.projects.web;

import dev.longyuan.projects.MilestoneDraft;
import dev.longyuan.projects.ProjectRefused;
import dev.longyuan.projects.Projects;
import dev.longyuan.projects.ReportDraft;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on a project's page: add a milestone, mark one done, file a monthly report with its
 * attachments. Each redirects back to the page, with every reason when the change was refused.
 */
@Controller
class ProgressFormController {

  private final Projects projects;

  ProgressFormController(Projects projects) {
    this.projects = projects;
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
    LocalDate date = values.date("doneDate", doneDate);
    LocalDate when = date == null ? LocalDate.now() : date;
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

  private String change(
      String code, FormValues values, RedirectAttributes redirect, Locale locale, Runnable action) {
    List<ImportError> problems = new ArrayList<>(values.problems());
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
}
