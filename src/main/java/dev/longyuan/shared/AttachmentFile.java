package dev.longyuan.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attached file with its content, as stored. */
public record AttachmentFile(
    long id, String fileName, String contentType, int sizeBytes, String sha256, byte[] content) {

  /** The file as a download, with its stored type and its SHA-256 in a header to check. */
  public ResponseEntity<byte[]> download() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-SHA256", sha256)
        .contentLength(sizeBytes)
        .body(content);
  }
}
