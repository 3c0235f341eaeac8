package dev.longyuan.reporting;

import dev.longyuan.reporting.exchange.ExchangeFormat;
import dev.longyuan.reporting.exchange.FileProblem;
import dev.longyuan.reporting.exchange.FormFilling;
import dev.longyuan.reporting.exchange.FormLayout;
import dev.longyuan.reporting.exchange.FormLine;
import dev.longyuan.reporting.exchange.FormTemplateWriter;
import dev.longyuan.reporting.exchange.ReadResult;
import dev.longyuan.reporting.exchange.ValueFileReader;
import dev.longyuan.reporting.exchange.ValueFileWriter;
import dev.longyuan.reporting.persistence.DataValueRepository;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Data values in and out as files: CSV, XLSX (the long sheet and form sheets as enterprises fill
 * them), SDMX-CSV 2.0 and JSON. Imports are all or nothing; a large one can run in the background
 * while its progress is followed on the import page.
 */
@Service
public class ValueFiles implements DisposableBean {

  private final ReportingService reporting;
  private final DataValueRepository values;
  private final ApplicationEventPublisher events;
  private final ValueFileReader reader = new ValueFileReader();
  private final ValueFileWriter writer = new ValueFileWriter();
  // one import at a time: they compare against what is stored, so they must not overlap
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "data-import");
            thread.setDaemon(true);
            return thread;
          });

  ValueFiles(
      ReportingService reporting, DataValueRepository values, ApplicationEventPublisher events) {
    this.reporting = reporting;
    this.values = values;
    this.events = events;
  }

  /**
   * Reads and imports a file now, for a user in a scope; the format comes from its name (and first
   * bytes).
   */
  public ImportOutcome importFile(
      String fileName, byte[] content, boolean dryRun, String actor, DataScope scope) {
    return importFile(fileName, content, dryRun, actor, scope, null);
  }

  /** Reads and imports a file now, as the operator (the command line, the backup). */
  public ImportOutcome importFile(String fileName, byte[] content, boolean dryRun, String actor) {
    return importFile(fileName, content, dryRun, actor, DataScope.everything(true));
  }

  private ImportOutcome importFile(
      String fileName,
      byte[] content,
      boolean dryRun,
      String actor,
      DataScope scope,
      @Nullable Long reservedId) {
    Optional<ExchangeFormat> format = ExchangeFormat.detect(fileName, content);
    ReportingService.ImportRequest request =
        ReportingService.ImportRequest.reported(
            fileName,
            format.map(ExchangeFormat::word).orElse("unknown"),
            sha256(content),
            dryRun,
            actor,
            scope);
    if (reservedId != null) {
      request = request.under(reservedId);
    }
    if (format.isEmpty()) {
      return reporting.importRows(
          request,
          List.of(),
          List.of(
              new ImportError(
                  0,
                  "",
                  "file.unknown_format",
                  "无法识别文件格式：请上传 CSV、XLSX、SDMX-CSV 或 JSON 文件",
                  "unknown file format: upload a CSV, XLSX, SDMX-CSV or JSON file")));
    }
    ReadResult read = reader.read(format.get(), new ByteArrayInputStream(content));
    return reporting.importRows(
        request, read.rows(), read.problems().stream().map(ValueFiles::error).toList());
  }

  /**
   * Starts the import in the background and returns at once with its id, to follow its progress.
   */
  public long importInBackground(
      String fileName, byte[] content, boolean dryRun, String actor, DataScope scope) {
    long id = reporting.reserveImport(fileName, sha256(content), dryRun, actor, scope);
    background.submit(
        () -> {
          try {
            importFile(fileName, content, dryRun, actor, scope, id);
          } catch (RuntimeException e) {
            reporting.failImport(id, e);
          }
        });
    return id;
  }

  /** Writes the stored values the query selects (of the units in its scope), in a format. */
  public void export(ExchangeFormat format, ValueQuery query, OutputStream out, String actor)
      throws IOException {
    values.forEach(query, records -> writer.write(format, records, out));
    events.publishEvent(new ValuesExported(actor, format.word(), describe(query)));
  }

  private static String describe(ValueQuery query) {
    List<String> parts = new java.util.ArrayList<>();
    if (query.reportingUnit() != null) {
      parts.add("reportingUnit=" + query.reportingUnit());
    }
    if (query.dataElement() != null) {
      parts.add("dataElement=" + query.dataElement());
    }
    if (query.period() != null) {
      parts.add("period=" + query.period());
    }
    if (query.measure() != null) {
      parts.add("measure=" + query.measure());
    }
    if (query.status() != null) {
      parts.add("status=" + query.status());
    }
    return parts.isEmpty() ? "all" : String.join("&", parts);
  }

  /** The empty Excel template of a form, laid out as enterprises fill it. */
  public Optional<byte[]> template(String dataSetCode) throws IOException {
    Optional<FormLayout> layout = layout(dataSetCode);
    if (layout.isEmpty()) {
      return Optional.empty();
    }
    var bytes = new java.io.ByteArrayOutputStream();
    new FormTemplateWriter().writeTemplate(layout.get(), bytes);
    return Optional.of(bytes.toByteArray());
  }

  private Optional<FormLayout> layout(String dataSetCode) {
    return reporting.dataSets().stream()
        .filter(s -> s.code().equals(dataSetCode))
        .findFirst()
        .map(
            set ->
                new FormLayout(
                    set.code(),
                    set.nameZh(),
                    FormLayout.Frequency.fromWord(set.frequency()).orElseThrow(),
                    set.elements().stream()
                        .map(e -> new FormLine(e.code(), e.nameZh(), e.unit()))
                        .toList()));
  }

  /**
   * A form filled with what is stored for a unit and period, as an Excel sheet to complete and
   * upload again; none when the form is unknown or the unit outside the scope.
   */
  public Optional<byte[]> filledForm(
      String dataSetCode, String reportingUnit, Period period, DataScope scope, String actor)
      throws IOException {
    Optional<FormLayout> layout = layout(dataSetCode);
    if (layout.isEmpty() || !reporting.covers(scope, reportingUnit)) {
      return Optional.empty();
    }
    List<ValueRecord> stored =
        reporting
            .values(
                new ValueQuery(reportingUnit, null, period.code(), null, null, 10_000, 0, scope))
            .stream()
            .map(
                v ->
                    new ValueRecord(
                        v.dataElement(),
                        v.reportingUnit(),
                        period,
                        v.measure(),
                        v.value(),
                        v.previousYearValue(),
                        v.comment()))
            .toList();
    var bytes = new java.io.ByteArrayOutputStream();
    new FormTemplateWriter()
        .writeFilled(
            layout.get(),
            new FormFilling(reportingUnit, reporting.unitName(reportingUnit), period, stored),
            bytes);
    // a filled form carries the unit's figures out of the platform: an export like any other
    events.publishEvent(
        new ValuesExported(
            actor,
            "xlsx form " + dataSetCode,
            "reportingUnit=" + reportingUnit + " period=" + period.code()));
    return Optional.of(bytes.toByteArray());
  }

  static ImportError error(FileProblem problem) {
    String column = problem.column() == null ? "" : problem.column();
    if (problem.sheet() != null) {
      column = column.isEmpty() ? problem.sheet() : problem.sheet() + "!" + column;
    }
    return new ImportError(
        problem.row(), column, problem.code(), problem.messageZh(), problem.messageEn());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void destroy() {
    background.shutdownNow();
  }
}
