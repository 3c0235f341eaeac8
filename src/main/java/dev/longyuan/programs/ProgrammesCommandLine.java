package dev.longyuan.programs;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code programmes import FILE [--dry-run]}: imports an XLSX file made from a template (认定, 产能 or
 * 退出), all or nothing, as the province's operator, against the platform's database.
 */
public final class ProgrammesCommandLine {

  static final String USAGE = "用法 / usage: programmes import FILE.xlsx [--dry-run]";

  private ProgrammesCommandLine() {}

  public static int run(
      List<String> args, ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
    List<String> files = args.stream().skip(1).filter(a -> !a.startsWith("--")).toList();
    if (args.isEmpty() || !args.get(0).equals("import") || files.size() != 1) {
      err.println(USAGE);
      return 2;
    }
    boolean dryRun = args.contains("--dry-run");
    byte[] file;
    try {
      file = Files.readAllBytes(Path.of(files.get(0)));
    } catch (IOException e) {
      err.println("无法读取文件 / cannot read the file: " + e.getMessage());
      return 1;
    }
    try {
      Programmes.Recorded recorded =
          context
              .getBean(Programmes.class)
              .importWorkbook(file, DataScope.everything(true), "cli", "cli", dryRun);
      out.printf(
          "%s%s：%d 行%s / %s: %d rows %s%n",
          dryRun ? "（只检查）" : "",
          recorded.kind(),
          recorded.rows(),
          dryRun ? "无误" : "已导入",
          recorded.kind(),
          recorded.rows(),
          dryRun ? "checked, nothing written" : "imported");
      return 0;
    } catch (ProgrammesRefused refused) {
      err.printf(
          "文件有 %d 处错误，未写入任何数据 / %d errors, nothing written:%n",
          refused.errors().size(), refused.errors().size());
      for (ImportError e : refused.errors()) {
        err.printf(
            "  row %d, %s [%s]: %s / %s%n",
            e.row(), e.column(), e.code(), e.messageEn(), e.messageZh());
      }
      return 1;
    }
  }
}
