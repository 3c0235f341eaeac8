package dev.longyuan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A thousand malformed uploads, generated from a fixed seed: truncated and corrupted files of every
 * format, wrong types, zip bombs, XML entities, huge fields, bad encodings. Each must be refused
 * with a 4xx answer — never a 5xx — and nothing written.
 */
@PlatformTest
// the province administrator: what other roles may do is AuthorizationMatrixTests' and
// DataScopeTests'
@WithMockUser(TestUsers.ADMIN)
class MalformedUploadTests {

  static final String HEADER =
      "data_element,reporting_unit,period,measure,value,previous_year_value,comment\n";

  @Autowired MockMvc mvc;

  @Autowired JdbcClient jdbc;

  @Test
  void aThousandMalformedUploadsAreRefusedWithoutAServerErrorAndWriteNothing() throws Exception {
    long valuesBefore = count("data_value");
    long auditBefore = count("data_value_audit");
    SplittableRandom random = new SplittableRandom(20_161_109L);
    List<String> serverErrors = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Upload upload = malformed(i, random);
      MvcResult result =
          mvc.perform(
                  multipart("/api/data/imports")
                      .file(
                          new MockMultipartFile(
                              "file", upload.name(), "application/octet-stream", upload.bytes())))
              .andReturn();
      int status = result.getResponse().getStatus();
      if (status >= 500) {
        serverErrors.add(
            i
                + " "
                + upload.kind()
                + ": "
                + status
                + " "
                + result.getResponse().getContentAsString());
      } else if (status < 400) {
        accepted.add(i + " " + upload.kind());
      }
    }
    assertThat(serverErrors).as("5xx answers").isEmpty();
    assertThat(accepted).as("accepted malformed uploads").isEmpty();
    assertThat(count("data_value")).isEqualTo(valuesBefore);
    assertThat(count("data_value_audit")).isEqualTo(auditBefore);
  }

  record Upload(String kind, String name, byte[] bytes) {}

  private static final byte[] ZIP_BOMB;

  static {
    try {
      ZIP_BOMB = zipBomb();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private static Upload malformed(int i, SplittableRandom random) throws Exception {
    String good = HEADER + "GO,620100,2019-03,ytd,12.5,10,\n";
    return switch (i % 20) {
      case 0 -> new Upload("random bytes", "x.csv", bytes(random, 1 + random.nextInt(5000)));
      case 1 ->
          new Upload("random bytes as xlsx", "x.xlsx", bytes(random, 1 + random.nextInt(5000)));
      case 2 ->
          new Upload("random bytes as json", "x.json", bytes(random, 1 + random.nextInt(5000)));
      case 3 ->
          new Upload(
              "csv cut inside its header",
              "x.csv",
              HEADER
                  .substring(0, 1 + random.nextInt(HEADER.length() - 20))
                  .getBytes(StandardCharsets.UTF_8));
      case 4 -> new Upload("truncated xlsx", "x.xlsx", truncate(workbook(random), random));
      case 5 ->
          new Upload(
              "truncated json",
              "x.json",
              truncate(json().getBytes(StandardCharsets.UTF_8), random));
      case 6 -> new Upload("zip bomb as xlsx", "bomb.xlsx", ZIP_BOMB);
      case 7 -> new Upload("xml entities in xlsx", "xxe.xlsx", xmlEntities());
      case 8 ->
          new Upload(
              "huge field",
              "huge.csv",
              (HEADER
                      + "GO,620100,2019-03,ytd,"
                      + "9".repeat(200_000 + random.nextInt(100_000))
                      + ",,\n")
                  .getBytes(StandardCharsets.UTF_8));
      case 9 ->
          new Upload(
              "huge comment",
              "huge.csv",
              (HEADER + "GO,620100,2019-03,ytd,1,,\"" + "注".repeat(300_000) + "\"\n")
                  .getBytes(StandardCharsets.UTF_8));
      case 10 -> new Upload("bad encoding", "enc.csv", badEncoding(random));
      case 11 ->
          new Upload(
              "utf-16 csv",
              "u16.csv",
              good.replace("12.5", "abc").getBytes(StandardCharsets.UTF_16));
      case 12 ->
          new Upload(
              "unknown type", "x.pdf", "%PDF-1.4 not data".getBytes(StandardCharsets.US_ASCII));
      case 13 -> new Upload("empty", "x.csv", new byte[0]);
      case 14 ->
          new Upload(
              "header only with junk",
              "x.csv",
              (HEADER + "\u0000\u0001\u0002,,,\n").getBytes(StandardCharsets.UTF_8));
      case 15 ->
          new Upload(
              "json of the wrong shape",
              "x.json",
              ("{\"values\": " + (random.nextBoolean() ? "42" : "[[1,2],{\"value\":{}}]") + "}")
                  .getBytes(StandardCharsets.UTF_8));
      case 16 ->
          new Upload(
              "deep json",
              "deep.json",
              ("[".repeat(5000 + random.nextInt(5000)) + "]".repeat(10))
                  .getBytes(StandardCharsets.UTF_8));
      case 17 ->
          new Upload(
              "sdmx without structure",
              "x.csv",
              ("STRUCTURE,STRUCTURE_ID,ACTION\ndataflow,NOPE,D\n")
                  .getBytes(StandardCharsets.UTF_8));
      case 18 ->
          new Upload(
              "unbalanced quotes",
              "x.csv",
              (HEADER + "GO,620100,\"2019-03,ytd,1,,\n".repeat(1 + random.nextInt(50)))
                  .getBytes(StandardCharsets.UTF_8));
      default ->
          new Upload(
              "valid zip that is no workbook",
              "x.xlsx",
              zip("hello.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    };
  }

  private static byte[] bytes(SplittableRandom random, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] truncate(byte[] whole, SplittableRandom random) {
    // cut within the first half, so the cut always falls inside the data, never after its end
    int length = 1 + random.nextInt(Math.max(1, whole.length / 2));
    byte[] part = new byte[length];
    System.arraycopy(whole, 0, part, 0, length);
    if (random.nextBoolean() && length > 4) {
      part[random.nextInt(length)] ^= (byte) (1 + random.nextInt(255));
    }
    return part;
  }

  private static String json() {
    return "{\"values\":[{\"dataElement\":\"GO\",\"reportingUnit\":\"620100\",\"period\":\"2019-03\","
        + "\"measure\":\"ytd\",\"value\":12.5}]}";
  }

  private static byte[] workbook(SplittableRandom random) throws Exception {
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("数据");
      var header = sheet.createRow(0);
      String[] names = {"指标代码", "填报单位代码", "报告期", "口径（当月/累计）", "本期", "上年同期", "备注"};
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("GO");
      row.createCell(1).setCellValue("620100");
      row.createCell(2).setCellValue("2019-0" + (3 + random.nextInt(6)));
      row.createCell(3).setCellValue("累计");
      row.createCell(4).setCellValue(12.5);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** A tiny file that expands to gigabytes: one entry of 2 GB of zeros, deflated. */
  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** A workbook whose XML declares external and recursive entities (XXE, billion laughs). */
  private static byte[] xmlEntities() throws Exception {
    String evil =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY file SYSTEM \"file:///etc/passwd\">]>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&c;&file;</Types>";
    return zip("[Content_Types].xml", evil.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] zip(String entry, byte[] content) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] badEncoding(SplittableRandom random) {
    byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
    byte[] row = ("GO,620100,2019-03,ytd,一千,,\n").getBytes(Charset.forName("GB18030"));
    byte[] junk = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF};
    byte[] all = new byte[head.length + row.length + junk.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(junk, 0, all, head.length, random.nextInt(junk.length + 1));
    System.arraycopy(row, 0, all, head.length + junk.length, row.length);
    return all;
  }
}
