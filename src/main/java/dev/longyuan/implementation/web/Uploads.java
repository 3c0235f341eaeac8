package dev.longyuan.implementation.web;

import dev.longyuan.implementation.WorkItems;
import dev.longyuan.plan.RevisionDraft;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a form as the module takes them: evidence for a report, a revision's document; a
 * file input left empty sends a nameless, empty part, which is no file.
 */
final class Uploads {

  private Uploads() {}

  static RevisionDraft.@Nullable DocumentUpload document(@Nullable MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return null;
    }
    String name = file.getOriginalFilename();
    return new RevisionDraft.DocumentUpload(name == null ? "" : name, file.getBytes());
  }

  static List<WorkItems.EvidenceUpload> evidence(@Nullable List<MultipartFile> files)
      throws IOException {
    List<WorkItems.EvidenceUpload> uploads = new ArrayList<>();
    if (files == null) {
      return uploads;
    }
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename();
      if (name == null || name.isBlank()) {
        continue;
      }
      uploads.add(new WorkItems.EvidenceUpload(name, file.getBytes()));
    }
    return uploads;
  }
}
