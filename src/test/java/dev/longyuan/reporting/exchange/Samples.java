package dev.longyuan.reporting.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Workbook;

/** Sample files for the exchange tests. */
final class Samples {

  private Samples() {}

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream bytes(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  static byte[] workbook(Workbook workbook) {
    try (workbook) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
