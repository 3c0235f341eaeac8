package dev.longyuan.analytics;

import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assess --plan ID --year YYYY [--region CODE] [--sector CODE] [--format json|csv]}: the
 * plan assessment, as the API gives it (JSON) or one row per target (CSV), run as the operator.
 */
public final class AssessCommandLine {

  static final String USAGE =
      "用法 / usage: assess --plan ID --year YYYY [--region CODE] [--sector CODE] [--format json|csv]";

  private AssessCommandLine() {}

  public static int run(
      List<String> args, ApplicationContext context, PrintStream out, PrintStream err) {
    Optional<String> plan = option(args, "--plan");
    Optional<String> year = option(args, "--year");
    String format = option(args, "--format").orElse("json");
    if (plan.isEmpty()
        || year.isEmpty()
        || !year.get().matches("\\d{4}")
        || !(format.equals("json") || format.equals("csv"))) {
      err.println(USAGE);
      return 2;
    }
    PlanAssessment assessment;
    try {
      assessment =
          context
              .getBean(PlanAssessor.class)
              .assess(
                  plan.get(),
                  Integer.parseInt(year.get()),
                  DataScope.everything(false),
                  option(args, "--region").orElse(null),
                  option(args, "--sector").orElse(null));
    } catch (AnalyticsRefused refused) {
      err.println(refused.messageZh());
      err.println(refused.messageEn());
      return 1;
    }
    if (format.equals("json")) {
      out.println(
          JsonMapper.builder()
              .build()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(assessment));
      return 0;
    }
    try {
      writeCsv(assessment, out);
    } catch (IOException e) {
      err.println(e.getMessage());
      return 1;
    }
    return 0;
  }

  static void writeCsv(PlanAssessment assessment, Appendable out) throws IOException {
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                "target",
                "name_zh",
                "kind",
                "target_value",
                "unit",
                "target_year",
                "attribute",
                "indicator",
                "definition",
                "latest_year",
                "latest_value",
                "label",
                "label_zh",
                "cagr_observed",
                "cagr_required",
                "ratio",
                "projection",
                "projection_low",
                "projection_high",
                "data_source",
                "measured_as",
                "goal",
                "notes_en",
                "reason_en")
            .get()
            .print(out)) {
      for (TargetAssessment t : assessment.targets()) {
        Projection p = t.projection();
        csv.printRecord(
            t.targetCode(),
            t.nameZh(),
            t.kind(),
            text(t.target()),
            t.unit(),
            t.targetYear(),
            t.attribute(),
            t.indicatorCode(),
            t.definition(),
            t.latestYear(),
            text(t.latestValue()),
            t.progress().label().word(),
            t.progress().label().nameZh(),
            t.progress().cagrObserved(),
            t.progress().cagrRequired(),
            t.progress().ratio(),
            p == null ? null : p.value(),
            p == null ? null : p.low(),
            p == null ? null : p.high(),
            t.dataSource(),
            t.measuredAs() == null ? null : t.measuredAs().en(),
            t.goal(),
            String.join("; ", t.notes().stream().map(AssessmentNote::en).toList()),
            t.reasonEn());
      }
    }
  }

  private static @Nullable String text(java.math.@Nullable BigDecimal number) {
    return number == null ? null : number.stripTrailingZeros().toPlainString();
  }

  private static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
  }
}
