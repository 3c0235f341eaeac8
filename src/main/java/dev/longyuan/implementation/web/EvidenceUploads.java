package dev.longyuan.implementation.web;

import dev.longyuan.implementation.WorkItems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The files of a form as evidence to attach; a file input left empty sends a nameless part. */
final class EvidenceUploads {

  private EvidenceUploads() {}

  static List<WorkItems.EvidenceUpload> of(@Nullable List<MultipartFile> files) throws IOException {
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
