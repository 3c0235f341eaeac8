package dev.longyuan.sharing.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.Sharing;
import java.io.IOException;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory as workbooks: the import (all or nothing), its template, and the export, which
 * holds what its reader may see.
 */
@Controller
class ResourceFilesController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Sharing sharing;

  ResourceFilesController(Sharing sharing) {
    this.sharing = sharing;
  }

  @PostMapping("/sharing/import")
  String importWorkbook(
      @RequestParam MultipartFile file,
      DataScope scope,
      Principal principal,
      RedirectAttributes redirect)
      throws IOException {
    redirect.addFlashAttribute(
        "imported", sharing.importWorkbook(file.getBytes(), scope, principal.getName()));
    return "redirect:/sharing";
  }

  @GetMapping("/sharing/template.xlsx")
  ResponseEntity<byte[]> template() {
    return file("sharing-template.xlsx", sharing.template());
  }

  @GetMapping("/sharing/export.xlsx")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String process,
      @RequestParam(required = false) @Nullable String city,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String q,
      DataScope scope,
      Principal principal) {
    return file(
        "sharing-resources.xlsx",
        sharing.export(
            Filters.of(kind, process, city, level, q), sharing.viewer(scope, principal.getName())));
  }

  private static ResponseEntity<byte[]> file(String name, byte[] content) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(XLSX)
        .body(content);
  }
}
