package dev.longyuan.reporting.web;

import dev.longyuan.reporting.ApprovalAction;
import dev.longyuan.reporting.ApprovalRequest;
import dev.longyuan.reporting.Approvals;
import dev.longyuan.reporting.ReportingRefused;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The approval queue of the user's level and data scope, and its decisions. */
@Controller
class ApprovalPageController {

  static final String VIEW_QUEUE = "reporting/approvals";

  private final ReportingService reporting;
  private final Approvals approvals;
  private final MessageSource messages;

  ApprovalPageController(ReportingService reporting, Approvals approvals, MessageSource messages) {
    this.reporting = reporting;
    this.approvals = approvals;
    this.messages = messages;
  }

  @GetMapping("/data/approvals")
  String queue(DataScope scope, Model model) {
    model.addAttribute("level", Approvals.levelOf(scope));
    model.addAttribute("items", approvals.queue(scope, 100));
    model.addAttribute("approved", approvals.approvedBy(scope, 100));
    return VIEW_QUEUE;
  }

  @PostMapping("/data/approvals")
  String decide(
      @RequestParam String reportingUnit,
      @RequestParam String period,
      @RequestParam String action,
      @RequestParam(required = false) @Nullable String reason,
      DataScope scope,
      Principal principal,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      int moved =
          approvals.approve(
              new ApprovalRequest(
                  reportingUnit,
                  period,
                  null,
                  ApprovalAction.fromWord(action).orElse(ApprovalAction.APPROVE),
                  null,
                  reason,
                  principal.getName()),
              scope);
      redirect.addFlashAttribute(
          "message",
          messages.getMessage(
              "approvals.done", new Object[] {moved, reportingUnit, period}, locale));
    } catch (ReportingRefused refused) {
      redirect.addFlashAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return "redirect:/data/approvals";
  }
}
