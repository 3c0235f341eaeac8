package dev.longyuan.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a progress report or a piece of evidence may carry, known by extension and
 * confirmed by the first bytes of the content, so that a renamed executable is not stored as a
 * photo. The content type stored and served is the kind's, whatever the uploader declared.
 */
public enum AttachmentType {
  JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}, "jpg", "jpeg"),
  PNG("image/png", new int[] {0x89, 0x50, 0x4E, 0x47}, "png"),
  PDF("application/pdf", new int[] {0x25, 0x50, 0x44, 0x46}, "pdf"),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      new int[] {0x50, 0x4B, 0x03, 0x04},
      "docx"),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      new int[] {0x50, 0x4B, 0x03, 0x04},
      "xlsx"),
  DOC("application/msword", new int[] {0xD0, 0xCF, 0x11, 0xE0}, "doc"),
  XLS("application/vnd.ms-excel", new int[] {0xD0, 0xCF, 0x11, 0xE0}, "xls");

  /** The largest file accepted: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private final String contentType;
  private final int[] magic;
  private final String[] extensions;

  AttachmentType(String contentType, int[] magic, String... extensions) {
    this.contentType = contentType;
    this.magic = magic;
    this.extensions = extensions;
  }

  public String contentType() {
    return contentType;
  }

  /** The kind of a file whose extension and first bytes agree, if any. */
  public static Optional<AttachmentType> of(String fileName, byte[] content) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> Arrays.asList(t.extensions).contains(extension))
        .filter(t -> t.startsWithMagic(content))
        .findFirst();
  }

  /** Why a file cannot be attached — empty, over 10 MB, or not of a kind allowed — if it cannot. */
  public static Optional<Problem> problem(String fileName, byte[] content) {
    if (content.length == 0) {
      return Optional.of(
          new Problem(
              "attachment.empty",
              "附件 " + fileName + " 是空文件",
              "the attachment " + fileName + " is empty"));
    }
    if (content.length > MAX_BYTES) {
      return Optional.of(
          new Problem(
              "attachment.too_large",
              "附件 " + fileName + " 超过 10 MB",
              "the attachment " + fileName + " is over 10 MB"));
    }
    if (of(fileName, content).isEmpty()) {
      return Optional.of(
          new Problem(
              "attachment.type",
              "附件 " + fileName + " 须为 JPEG、PNG 照片或 PDF、Word、Excel 文档，且内容与扩展名相符",
              "the attachment "
                  + fileName
                  + " must be a JPEG or PNG photo or a PDF, Word or Excel document whose content"
                  + " matches its extension"));
    }
    return Optional.empty();
  }

  /** Why a file was refused, with its code. */
  public record Problem(String code, String messageZh, String messageEn) {}

  /** The file's own name, without any folder a browser sent with it, at most 200 characters. */
  public static String fileName(String name) {
    String base =
        name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private boolean startsWithMagic(byte[] content) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
