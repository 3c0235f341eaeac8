package dev.longyuan.implementation.web;

import dev.longyuan.implementation.WorkItem;
import dev.longyuan.implementation.WorkItemReport;
import dev.longyuan.implementation.WorkItems;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The progress reports on a work item: every quarter's, with the evidence each carries; a report is
 * filed as a form, its evidence as files named {@code evidence}.
 */
@RestController
class WorkItemApiController {

  private final WorkItems workItems;

  WorkItemApiController(WorkItems workItems) {
    this.workItems = workItems;
  }

  @GetMapping("/api/plans/{planId}/work-items/{id}/reports")
  List<WorkItemReport> reports(@PathVariable String planId, @PathVariable long id) {
    return workItems.reports(planId, id);
  }

  @PostMapping(
      path = "/api/plans/{planId}/work-items/{id}/reports",
      consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
  WorkItem report(
      @PathVariable String planId,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String state,
      @RequestParam(defaultValue = "") String narrative,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
      DataScope scope,
      Principal principal)
      throws IOException {
    return workItems.report(
        planId,
        id,
        period.strip(),
        state,
        narrative,
        reason,
        Uploads.evidence(evidence),
        scope,
        principal.getName(),
        "api");
  }

  @GetMapping("/api/plans/{planId}/work-items/{id}/evidence/{evidenceId}")
  ResponseEntity<byte[]> evidence(
      @PathVariable String planId, @PathVariable long id, @PathVariable long evidenceId) {
    return workItems.evidence(planId, id, evidenceId).download();
  }
}
