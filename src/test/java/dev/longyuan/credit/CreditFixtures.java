package dev.longyuan.credit;

import dev.longyuan.credit.internal.InspectionWorkbook;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Enterprises and inspection workbooks of the credit tests, each test class under its own tag. */
final class CreditFixtures {

  /**
   * Three credit-code characters that differ from one test run to the next: the embedded database
   * under target/ outlives a run, and the facts a run records must not meet those of the last.
   */
  static final String RUN = run();

  private CreditFixtures() {}

  private static String run() {
    String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    java.util.Random random = new java.util.Random();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      run.append(charset.charAt(random.nextInt(charset.length())));
    }
    return run.toString();
  }

  /**
   * Registers an enterprise whose credit code's organisation part is 8, the class's three-digit
   * tag, the run and the number (two digits).
   */
  static String enterprise(
      ReportingService reporting,
      String tag,
      int number,
      String name,
      String region,
      String industry) {
    String code =
        CreditCode.withCheckCharacter(
                "91" + region + "8" + tag + RUN + String.format("%02d", number))
            .value();
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(code),
                name,
                RegionCode.of(region),
                IndustryCode.of(industry),
                SizeClass.MEDIUM,
                "私营",
                false)),
        List.of());
    return code;
  }

  /** A document number made unique to the run: the run's characters before its last 号. */
  static String document(String number) {
    return number.substring(0, number.length() - 1) + "-" + RUN + "号";
  }

  /** A workbook of the template's headers and the rows given, each a list of cell texts. */
  static byte[] workbook(List<List<String>> rows) throws IOException {
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(InspectionWorkbook.SHEET);
      Row header = sheet.createRow(0);
      int at = 0;
      for (String title : InspectionWorkbook.HEADERS.values()) {
        header.createCell(at++).setCellValue(title);
      }
      int r = 1;
      for (List<String> cells : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
