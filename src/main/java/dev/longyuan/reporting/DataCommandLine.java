package dev.longyuan.reporting;

import dev.longyuan.reporting.exchange.ExchangeFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code data import FILE [--dry-run]}, {@code data export --format csv|xlsx|sdmx|json [--out FILE]
 * [--unit U] [--element E] [--period P]} and {@code data generate --seed N --enterprises N --years
 * 2015-2020}, run against the platform's database (the running platform's, when one runs).
 */
public final class DataCommandLine {

  static final String USAGE =
      """
      用法 / usage:
        data import FILE [--dry-run]
        data export --format csv|xlsx|sdmx|json [--out FILE] [--unit CODE] [--element CODE] [--period P]
        data generate [--seed N] [--enterprises N] [--years 2015-2020]""";

  private DataCommandLine() {}

  public static int run(
      List<String> args, ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    try {
      return switch (args.get(0)) {
        case "import" -> importFile(args.subList(1, args.size()), context, out, err);
        case "export" -> export(args.subList(1, args.size()), context, out, err);
        case "generate" ->
            SyntheticData.generateCommand(args.subList(1, args.size()), context, out, err);
        default -> {
          err.println(USAGE);
          yield 2;
        }
      };
    } catch (IOException e) {
      err.println("无法读写文件 / cannot read or write the file: " + e.getMessage());
      return 1;
    }
  }

  private static int importFile(
      List<String> args, ConfigurableApplicationContext context, PrintStream out, PrintStream err)
      throws IOException {
    List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
    if (files.size() != 1) {
      err.println(USAGE);
      return 2;
    }
    Path file = Path.of(files.get(0));
    boolean dryRun = args.contains("--dry-run");
    ImportOutcome outcome =
        context
            .getBean(ValueFiles.class)
            .importFile(file.getFileName().toString(), Files.readAllBytes(file), dryRun, "cli");
    if (!outcome.accepted()) {
      err.printf(
          "文件有 %d 处错误，未写入任何数据 / %d errors, nothing written:%n",
          outcome.errors().size(), outcome.errors().size());
      for (ImportError e : outcome.errors()) {
        err.printf(
            "  row %d, %s [%s]: %s / %s%n",
            e.row(), e.column(), e.code(), e.messageEn(), e.messageZh());
      }
      return 1;
    }
    out.printf(
        "%s新增 %d，修改 %d，未变 %d / %screated %d, updated %d, unchanged %d%n",
        dryRun ? "（只检查）" : "",
        outcome.created(),
        outcome.updated(),
        outcome.unchanged(),
        dryRun ? "(dry run) " : "",
        outcome.created(),
        outcome.updated(),
        outcome.unchanged());
    return 0;
  }

  private static int export(
      List<String> args, ConfigurableApplicationContext context, PrintStream out, PrintStream err)
      throws IOException {
    Optional<ExchangeFormat> format = option(args, "--format").flatMap(ExchangeFormat::fromWord);
    if (format.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    ValueQuery query =
        new ValueQuery(
            option(args, "--unit").orElse(null),
            option(args, "--element").orElse(null),
            option(args, "--period").orElse(null),
            null,
            null,
            Integer.MAX_VALUE,
            0);
    Optional<String> target = option(args, "--out");
    ValueFiles files = context.getBean(ValueFiles.class);
    if (target.isPresent()) {
      try (OutputStream file = Files.newOutputStream(Path.of(target.get()))) {
        files.export(format.get(), query, file, "cli");
      }
    } else {
      files.export(format.get(), query, out, "cli");
      out.flush();
    }
    return 0;
  }

  static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
  }
}
