package dev.longyuan.projects;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code projects import FILE} imports a projects workbook, all or nothing, as the province
 * administrator would; {@code projects template FILE} writes the empty template with the plan's
 * codes. Run against the platform's database (the running platform's, when one runs).
 */
public final class ProjectsCommandLine {

  static final String USAGE =
      """
      用法 / usage:
        projects import FILE.xlsx
        projects template FILE.xlsx""";

  private ProjectsCommandLine() {}

  public static int run(
      List<String> args, ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
    if (args.size() != 2) {
      err.println(USAGE);
      return 2;
    }
    Path file = Path.of(args.get(1));
    ProjectImports imports = context.getBean(ProjectImports.class);
    try {
      switch (args.get(0)) {
        case "import" -> {
          ProjectImport done =
              imports.importWorkbook(
                  file.getFileName().toString(),
                  Files.readAllBytes(file),
                  DataScope.everything(true),
                  "cli");
          if (!done.accepted()) {
            err.printf(
                "文件有 %d 处错误，未导入任何内容 / %d errors, nothing imported:%n",
                done.errors().size(), done.errors().size());
            for (ImportError e : done.errors()) {
              err.printf(
                  "  row %d, %s [%s]: %s / %s%n",
                  e.row(), e.column(), e.code(), e.messageEn(), e.messageZh());
            }
            return 1;
          }
          out.printf(
              "项目 %d，年度计划 %d，里程碑 %d，月度进展 %d / projects %d, yearly plans %d,"
                  + " milestones %d, progress reports %d%n",
              done.projects(),
              done.yearPlans(),
              done.milestones(),
              done.reports(),
              done.projects(),
              done.yearPlans(),
              done.milestones(),
              done.reports());
          return 0;
        }
        case "template" -> {
          Files.write(file, imports.template());
          out.println("模板已写入 / template written: " + file);
          return 0;
        }
        default -> {
          err.println(USAGE);
          return 2;
        }
      }
    } catch (IOException e) {
      err.println("无法读写文件 / cannot read or write the file: " + e.getMessage());
      return 1;
    }
  }
}
