package dev.longyuan.reporting.exchange;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file opened as text: without its UTF-8 byte order mark, decoded strictly (a bad byte is an
 * error, never a silent U+FFFD), and with the field delimiter of its header line. Files that are
 * not UTF-8 at their start are read as GB18030, which is what Excel on Chinese Windows writes for
 * "CSV (逗号分隔)".
 */
record TextSource(Reader reader, char delimiter, Charset charset) {

  private static final int PEEK = 1 << 16;
  static final Charset GB18030 = Charset.forName("GB18030");

  static TextSource open(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, PEEK);
    buffered.mark(PEEK);
    byte[] head = buffered.readNBytes(PEEK);
    buffered.reset();
    int bom = bomLength(head);
    buffered.skipNBytes(bom);
    Charset charset = isUtf8(head, bom) ? StandardCharsets.UTF_8 : GB18030;
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader reader = new BufferedReader(new InputStreamReader(buffered, decoder), PEEK);
    String firstLine = firstLine(new String(head, bom, head.length - bom, charset));
    return new TextSource(reader, delimiter(firstLine), charset);
  }

  /** 3 when the bytes start with the UTF-8 byte order mark, else 0. */
  static int bomLength(byte[] head) {
    return head.length >= 3
            && head[0] == (byte) 0xEF
            && head[1] == (byte) 0xBB
            && head[2] == (byte) 0xBF
        ? 3
        : 0;
  }

  private static boolean isUtf8(byte[] head, int from) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(head, from, head.length - from);
    CharBuffer chars = CharBuffer.allocate(head.length);
    // endOfInput only when the whole file fitted: a character cut at the end of the peek is fine
    CoderResult result = decoder.decode(bytes, chars, head.length < PEEK);
    return !result.isError();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /**
   * The character after {@code STRUCTURE} or {@code STRUCTURE[…]} in SDMX-CSV (as its specification
   * says); otherwise a comma, unless the header line has none and uses semicolons or tabs (European
   * Excel, TSV).
   */
  private static char delimiter(String headerLine) {
    String line = headerLine.startsWith("\"") ? headerLine.substring(1) : headerLine;
    if (line.startsWith("STRUCTURE") && !line.startsWith("STRUCTURE_")) {
      int after = "STRUCTURE".length();
      if (line.startsWith("[", after) && line.indexOf(']', after) > 0) {
        after = line.indexOf(']', after) + 1;
      }
      if (headerLine.startsWith("\"")) {
        after++;
      }
      if (after < line.length() && line.charAt(after) != '\r') {
        return line.charAt(after);
      }
    }
    if (headerLine.indexOf(',') >= 0) {
      return ',';
    }
    if (headerLine.indexOf(';') >= 0) {
      return ';';
    }
    return headerLine.indexOf('\t') >= 0 ? '\t' : ',';
  }
}
