package dev.longyuan.projects.web;

import dev.longyuan.projects.MilestoneDraft;
import dev.longyuan.projects.ProjectDetail;
import dev.longyuan.projects.ProjectDraft;
import dev.longyuan.projects.ProjectImport;
import dev.longyuan.projects.ProjectImports;
import dev.longyuan.projects.ProjectList;
import dev.longyuan.projects.ProjectRefused;
import dev.longyuan.projects.Projects;
import dev.longyuan.projects.ReportDraft;
import dev.longyuan.shared.AttachmentFile;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The key projects on the API, within the signed-in user's data scope. */
@RestController
@Tag(name = "projects", description = "重点项目 / Key projects")
class ProjectApiController {

  private final Projects projects;
  private final ProjectImports imports;

  ProjectApiController(Projects projects, ProjectImports imports) {
    this.projects = projects;
    this.imports = imports;
  }

  @GetMapping("/api/projects")
  @Operation(
      summary = "Projects with their investment planned and completed, summed, and per city",
      description =
          "Filters: region (a county, or a city with its counties), sector (the plan's), chain,"
              + " base, status (preparing, building, completed, suspended), year (projects under"
              + " way that year, with that year's figures; all years otherwise). Amounts in 万元.")
  ProjectList list(
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
      @RequestParam(required = false) @Nullable String chain,
      @RequestParam(required = false) @Nullable String base,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Integer year,
      DataScope scope) {
    return projects.list(ProjectFilters.of(region, sector, chain, base, status, year), scope);
  }

  @GetMapping("/api/projects/{code}")
  @Operation(summary = "A project with its investment by year, milestones and progress reports")
  ProjectDetail project(@PathVariable String code, DataScope scope) {
    return projects.detail(code, scope);
  }

  @PostMapping("/api/projects")
  @Operation(
      summary = "Adds a project",
      description =
          "201 with its code. The owner is ownerCreditCode (a registered enterprise) or ownerName;"
              + " regionCode a county of the plan; sector and/or industryCode; chain, base, zone"
              + " the plan's codes; totalInvestment in 万元; status preparing, building, completed"
              + " or suspended; yearPlans [{year, planned}] optional.")
  ResponseEntity<Map<String, String>> create(
      @RequestBody ProjectDraft draft, DataScope scope, Principal principal) {
    String code = projects.create(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", code));
  }

  @PostMapping("/api/projects/{code}/milestones")
  @Operation(summary = "Adds a milestone to a project: 201 with its id")
  ResponseEntity<Map<String, Long>> milestone(
      @PathVariable String code,
      @RequestBody MilestoneDraft draft,
      DataScope scope,
      Principal principal) {
    long id = projects.addMilestone(code, draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  /** The date a milestone was done. */
  record Done(@Nullable LocalDate doneDate) {}

  @PostMapping("/api/projects/{code}/milestones/{id}/done")
  @Operation(summary = "Marks a milestone done on doneDate (today when not given)")
  Map<String, Object> done(
      @PathVariable String code,
      @PathVariable long id,
      @RequestBody(required = false) @Nullable Done done,
      DataScope scope,
      Principal principal) {
    LocalDate date = done == null || done.doneDate() == null ? LocalDate.now() : done.doneDate();
    projects.markDone(code, id, date, scope, principal.getName());
    return Map.of("id", id, "doneDate", date.toString());
  }

  /** A progress report as JSON: attachments carry their content in base64. */
  record ReportRequest(
      @Nullable String period,
      @Nullable BigDecimal invested,
      @Nullable String narrative,
      @Nullable List<AttachmentRequest> attachments) {}

  record AttachmentRequest(
      @Nullable String fileName, @Nullable String contentType, @Nullable String contentBase64) {}

  private static ReportDraft.Upload upload(AttachmentRequest a) {
    String name = a.fileName() == null || a.fileName().isBlank() ? "file" : a.fileName();
    try {
      byte[] content =
          a.contentBase64() == null
              ? new byte[0]
              : Base64.getMimeDecoder().decode(a.contentBase64());
      return new ReportDraft.Upload(name, a.contentType(), content);
    } catch (IllegalArgumentException notBase64) {
      throw ProjectRefused.of(
          "attachments",
          "attachment.base64",
          "附件 " + name + " 的内容不是 base64",
          "the content of the attachment " + name + " is not base64");
    }
  }

  @PostMapping("/api/projects/{code}/reports")
  @Operation(
      summary = "Files a project's monthly progress report: 201 with its id",
      description =
          "period YYYY-MM, invested (万元, completed in the month), narrative, attachments"
              + " [{fileName, contentType, contentBase64}]: JPEG or PNG photos, PDF, Word or Excel"
              + " documents of at most 10 MB each.")
  ResponseEntity<Map<String, Long>> report(
      @PathVariable String code,
      @RequestBody ReportRequest request,
      DataScope scope,
      Principal principal) {
    List<ReportDraft.Upload> uploads =
        request.attachments() == null
            ? List.of()
            : request.attachments().stream().map(ProjectApiController::upload).toList();
    long id =
        projects.fileReport(
            code,
            new ReportDraft(request.period(), request.invested(), request.narrative(), uploads),
            scope,
            principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  @PostMapping("/api/projects/imports")
  @Operation(
      summary = "Imports a projects workbook (XLSX), all or nothing",
      description =
          "Sheets 项目, 年度计划, 里程碑, 月度进展 as in the template (/projects/template.xlsx). 200"
              + " with the counts written, or 400 with every refused row and nothing written.")
  ResponseEntity<ProjectImport> importWorkbook(
      @RequestParam MultipartFile file, DataScope scope, Principal principal) throws IOException {
    String name = file.getOriginalFilename() == null ? "upload.xlsx" : file.getOriginalFilename();
    ProjectImport done = imports.importWorkbook(name, file.getBytes(), scope, principal.getName());
    return ResponseEntity.status(done.accepted() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
        .body(done);
  }

  @GetMapping("/api/projects/{code}/attachments/{id}")
  @Operation(summary = "An attachment of a project's progress report, as stored")
  ResponseEntity<byte[]> attachment(
      @PathVariable String code, @PathVariable long id, DataScope scope) {
    AttachmentFile file = projects.attachment(code, id, scope);
    return file.download();
  }
}
