package dev.longyuan.projects.web;

import dev.longyuan.projects.AttachmentFile;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment as a download, with its stored type and its SHA-256 in a header to check. */
final class AttachmentResponses {

  private AttachmentResponses() {}

  static ResponseEntity<byte[]> of(AttachmentFile file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-SHA256", file.sha256())
        .contentLength(file.sizeBytes())
        .body(file.content());
  }
}
