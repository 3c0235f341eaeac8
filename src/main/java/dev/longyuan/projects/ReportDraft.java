package dev.longyuan.projects;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A monthly progress report to file: the month ({@code YYYY-MM}), the investment completed in it
 * (万元), what was done, and files to attach (photos: JPEG, PNG; documents: PDF, Word, Excel; at most
 * 10 MB each, {@link dev.longyuan.shared.AttachmentType}).
 */
public record ReportDraft(
    @Nullable String period,
    @Nullable BigDecimal invested,
    @Nullable String narrative,
    @Nullable List<Upload> attachments) {

  /** A file to attach as it was uploaded. */
  public record Upload(String fileName, @Nullable String contentType, byte[] content) {}

  public List<Upload> uploads() {
    return attachments == null ? List.of() : attachments;
  }
}
