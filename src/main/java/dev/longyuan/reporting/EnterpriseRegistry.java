package dev.longyuan.reporting;

import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.reporting.internal.EnterpriseChecks;
import dev.longyuan.reporting.internal.EnterpriseChecks.EnterpriseRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers enterprises from a CSV file with the columns {@code credit_code, name, region_code,
 * industry_code, size_class, ownership, above_scale_years} (years separated by semicolons), all or
 * nothing, every bad row listed.
 */
@Service
public class EnterpriseRegistry {

  static final List<String> COLUMNS =
      List.of(
          "credit_code",
          "name",
          "region_code",
          "industry_code",
          "size_class",
          "ownership",
          "above_scale_years");

  private final ReportingService reporting;
  private final PlanCatalog plans;

  EnterpriseRegistry(ReportingService reporting, PlanCatalog plans) {
    this.reporting = reporting;
    this.plans = plans;
  }

  /** What a registry import did. */
  public record Registered(int enterprises, List<ImportError> errors) {

    public boolean accepted() {
      return errors.isEmpty();
    }
  }

  @Transactional
  public Registered importCsv(InputStream in) throws IOException {
    List<EnterpriseRow> rows = new ArrayList<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      var parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .get()
              .parse(reader);
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.replace("\ufeff", "").strip()).toList();
      List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        return new Registered(
            0,
            List.of(
                new ImportError(
                    1,
                    String.join(",", missing),
                    "header.missing_column",
                    "缺少列：" + String.join("、", missing),
                    "missing columns: " + String.join(", ", missing))));
      }
      for (CSVRecord r : parser) {
        rows.add(
            new EnterpriseRow(
                (int) r.getRecordNumber() + 1,
                get(r, header, "credit_code"),
                get(r, header, "name"),
                get(r, header, "region_code"),
                get(r, header, "industry_code"),
                get(r, header, "size_class"),
                get(r, header, "ownership"),
                get(r, header, "above_scale_years")));
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      return new Registered(
          0,
          List.of(
              new ImportError(
                  0,
                  "",
                  "csv.malformed",
                  "CSV 文件格式有误：" + e.getMessage(),
                  "the CSV file is malformed: " + e.getMessage())));
    }
    if (rows.isEmpty()) {
      return new Registered(
          0,
          List.of(
              new ImportError(0, "", "file.no_rows", "文件中没有数据行", "the file holds no data rows")));
    }
    Set<String> regions = plans.regionCodes();
    EnterpriseChecks.Result checked = new EnterpriseChecks(regions).check(rows);
    if (!checked.errors().isEmpty()) {
      return new Registered(0, checked.errors());
    }
    reporting.registerEnterprises(checked.enterprises(), checked.panel());
    return new Registered(checked.enterprises().size(), List.of());
  }

  private static String get(CSVRecord record, List<String> header, String column) {
    int at = header.indexOf(column);
    return at < record.size() ? record.get(at) : null;
  }
}
