package dev.longyuan.reporting;

import dev.longyuan.reporting.synthetic.SyntheticOptions;
import dev.longyuan.reporting.synthetic.SyntheticPanel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Service;

/**
 * The deterministic synthetic enterprise panel (模拟数据): enterprises, their yearly 规上 membership and
 * their monthly and yearly values, calibrated so that the 2015 totals reproduce the plan's
 * baselines. It is imported through the same checks as any file, one year per transaction, and
 * marked synthetic wherever it shows.
 */
@Service
public class SyntheticData {

  private final ReportingService reporting;

  SyntheticData(ReportingService reporting) {
    this.reporting = reporting;
  }

  /** What a load of the panel did. */
  public record Loaded(int enterprises, int values, List<ImportError> errors) {}

  /**
   * Registers the panel's enterprises and imports its values year by year; reports each finished
   * year to {@code progress}. Stops at the first year refused, with its errors.
   */
  public Loaded load(SyntheticOptions options, IntConsumer progress) {
    SyntheticPanel panel = SyntheticPanel.generate(options);
    reporting.registerEnterprises(panel.enterprises(), panel.panel());
    int values = 0;
    Iterator<ValueRecord> records = panel.valueIterator();
    ValueRecord pending = records.hasNext() ? records.next() : null;
    for (int year = options.fromYear(); year <= options.toYear(); year++) {
      List<ValueRow> rows = new ArrayList<>();
      while (pending != null && pending.period().year() == year) {
        rows.add(row(rows.size() + 1, pending));
        pending = records.hasNext() ? records.next() : null;
      }
      String label = label(options, year);
      if (reporting.importSucceeded(label)) {
        // loaded by an earlier start that stopped before the last year
        values += rows.size();
        progress.accept(year);
        continue;
      }
      ImportOutcome outcome =
          reporting.importRows(
              ReportingService.ImportRequest.synthetic(label, "system"), rows, List.of());
      if (!outcome.accepted()) {
        return new Loaded(panel.enterprises().size(), values, outcome.errors());
      }
      values += rows.size();
      progress.accept(year);
    }
    return new Loaded(panel.enterprises().size(), values, List.of());
  }

  /** Whether every year of the panel is loaded. */
  public boolean loaded(SyntheticOptions options) {
    return reporting.importSucceeded(label(options, options.toYear()));
  }

  private static String label(SyntheticOptions options, int year) {
    return "synthetic panel "
        + year
        + " (seed "
        + options.seed()
        + ", "
        + options.enterprises()
        + " enterprises)";
  }

  private static ValueRow row(int n, ValueRecord r) {
    return new ValueRow(
        n,
        null,
        r.dataElement(),
        r.reportingUnit(),
        r.period().code(),
        r.measure().word(),
        r.value().toPlainString(),
        r.previousYearValue() == null ? null : r.previousYearValue().toPlainString(),
        r.comment());
  }

  static int generateCommand(
      List<String> args, ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
    SyntheticOptions defaults = SyntheticOptions.demonstration();
    SyntheticOptions options;
    try {
      options =
          SyntheticOptions.of(
              Long.parseLong(
                  DataCommandLine.option(args, "--seed").orElse(String.valueOf(defaults.seed()))),
              Integer.parseInt(
                  DataCommandLine.option(args, "--enterprises")
                      .orElse(String.valueOf(defaults.enterprises()))),
              DataCommandLine.option(args, "--years")
                  .orElse(defaults.fromYear() + "-" + defaults.toYear()));
    } catch (IllegalArgumentException e) {
      err.println("参数有误 / bad options: " + e.getMessage());
      err.println(DataCommandLine.USAGE);
      return 2;
    }
    Loaded loaded =
        context
            .getBean(SyntheticData.class)
            .load(options, year -> out.println("模拟数据 / synthetic data: " + year + " ✓"));
    if (!loaded.errors().isEmpty()) {
      err.println("模拟数据未通过检查 / the synthetic data failed the checks:");
      loaded.errors().stream().limit(20).forEach(e -> err.println("  " + e));
      return 1;
    }
    out.printf(
        "%d 户企业，%d 条数据 / %d enterprises, %d values%n",
        loaded.enterprises(), loaded.values(), loaded.enterprises(), loaded.values());
    return 0;
  }
}
