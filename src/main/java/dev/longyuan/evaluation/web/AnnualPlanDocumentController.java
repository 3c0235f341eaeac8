package dev.longyuan.evaluation.web;

import dev.longyuan.evaluation.internal.AnnualPlanDocx;
import dev.longyuan.evaluation.internal.ReportDocuments;
import dev.longyuan.implementation.AnnualPlan;
import dev.longyuan.implementation.AnnualPlans;
import dev.longyuan.implementation.ImplementationRefused;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A year's implementation plan as a document: PDF (Chinese font embedded), DOCX or HTML. */
@RestController
class AnnualPlanDocumentController {

  private final AnnualPlans annualPlans;
  private final PlanCatalog plans;
  private final ReportDocuments documents;
  private final MessageSource messages;

  AnnualPlanDocumentController(
      AnnualPlans annualPlans,
      PlanCatalog plans,
      ReportDocuments documents,
      MessageSource messages) {
    this.annualPlans = annualPlans;
    this.plans = plans;
    this.documents = documents;
    this.messages = messages;
  }

  // the same document for a person signed in on the pages, whose session the API does not take
  @GetMapping({
    "/api/plans/{planId}/annual-plans/{year}/document",
    "/plans/{planId}/annual-plans/{year}/document"
  })
  ResponseEntity<byte[]> document(
      @PathVariable String planId,
      @PathVariable int year,
      @RequestParam(defaultValue = "pdf") String format) {
    Plan plan =
        plans.plan(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    AnnualPlan annual;
    try {
      annual = annualPlans.annualPlan(planId, year);
    } catch (ImplementationRefused outside) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    String name = "annual-plan-" + planId + "-" + year;
    return switch (format) {
      case "pdf" ->
          file(
              documents.pdf(documents.html(plan, annual)),
              MediaType.APPLICATION_PDF,
              name + ".pdf");
      case "docx" ->
          file(
              AnnualPlanDocx.write(plan, annual, messages),
              MediaType.parseMediaType(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
              name + ".docx");
      case "html" ->
          ResponseEntity.ok()
              .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
              .body(documents.html(plan, annual).getBytes(StandardCharsets.UTF_8));
      default ->
          throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format: pdf, docx or html");
    };
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(bytes);
  }
}
