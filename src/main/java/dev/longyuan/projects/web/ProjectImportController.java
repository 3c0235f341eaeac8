package dev.longyuan.projects.web;

import dev.longyuan.projects.ProjectImport;
import dev.longyuan.projects.ProjectImports;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page of the projects workbook, and its template. */
@Controller
class ProjectImportController {

  static final String VIEW_IMPORT = "projects/import";

  private final ProjectImports imports;

  ProjectImportController(ProjectImports imports) {
    this.imports = imports;
  }

  @GetMapping("/projects/template.xlsx")
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"projects-template.xlsx\"")
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(imports.template());
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
}
