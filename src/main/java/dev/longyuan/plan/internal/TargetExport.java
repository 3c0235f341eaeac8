package dev.longyuan.plan.internal;

import dev.longyuan.plan.Target;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A plan's targets as JSON (the API's shape) or CSV (one row a target, for spreadsheets). */
public final class TargetExport {

  private TargetExport() {}

  public static String json(List<Target> targets) {
    return JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(targets)
        + "\n";
  }

  public static String csv(List<Target> targets) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.RFC4180
            .builder()
            .setHeader(PlanYamlReader.TARGET_FIELDS.toArray(String[]::new))
            .get()
            .print(out)) {
      for (Target t : targets) {
        printer.printRecord(
            t.code(),
            t.nameZh(),
            t.nameEn(),
            plain(t.value()),
            plain(t.valueMax()),
            t.unit(),
            t.comparator().word(),
            t.kind().word(),
            t.countBasis() == null ? "" : t.countBasis().word(),
            t.baseYear(),
            t.targetYear(),
            t.attribute().word(),
            t.direction().word(),
            t.scope(),
            t.indicator(),
            t.register(),
            String.join(";", t.sectors()),
            String.join(";", t.regions()),
            t.section(),
            t.sourceText(),
            t.note());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String plain(@Nullable BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
