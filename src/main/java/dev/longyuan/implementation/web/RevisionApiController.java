package dev.longyuan.implementation.web;

import dev.longyuan.implementation.Revisions;
import dev.longyuan.plan.PlanRevision;
import dev.longyuan.plan.PlanRevisions;
import dev.longyuan.plan.RevisionDraft;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The revisions of a plan, public as the plan is: each with its document, dates, reason, the
 * targets it changes (the original beside) and the tasks it adds. The province records one as JSON,
 * or as a form whose part {@code revision} is that JSON and part {@code document} the file.
 */
@RestController
class RevisionApiController {

  private final Revisions revisions;
  private final PlanRevisions planRevisions;

  RevisionApiController(Revisions revisions, PlanRevisions planRevisions) {
    this.revisions = revisions;
    this.planRevisions = planRevisions;
  }

  @GetMapping("/api/plans/{planId}/revisions")
  List<PlanRevision> revisions(@PathVariable String planId) {
    return revisions.revisions(planId);
  }

  @PostMapping(path = "/api/plans/{planId}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PlanRevision> record(
      @PathVariable String planId, @RequestBody RevisionDraft draft, Principal principal) {
    return created(revisions.record(planId, draft, null, principal.getName(), "api"));
  }

  @PostMapping(
      path = "/api/plans/{planId}/revisions",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PlanRevision> recordWithDocument(
      @PathVariable String planId,
      @RequestPart("revision") RevisionDraft draft,
      @RequestPart(name = "document", required = false) @Nullable MultipartFile document,
      Principal principal)
      throws IOException {
    RevisionDraft.DocumentUpload upload = Uploads.document(document);
    return created(revisions.record(planId, draft, upload, principal.getName(), "api"));
  }

  @GetMapping("/api/plans/{planId}/revisions/{number}/document")
  ResponseEntity<byte[]> document(@PathVariable String planId, @PathVariable int number) {
    return planRevisions
        .document(planId, number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
        .download();
  }

  private static ResponseEntity<PlanRevision> created(PlanRevision revision) {
    return ResponseEntity.created(
            URI.create("/api/plans/" + revision.planId() + "/revisions#" + revision.number()))
        .body(revision);
  }
}
