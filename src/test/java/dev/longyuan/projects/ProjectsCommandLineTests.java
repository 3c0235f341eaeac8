package dev.longyuan.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code projects template} and {@code projects import}, on a project in Guanghe (广河县). */
@PlatformTest
class ProjectsCommandLineTests {

  @Autowired ConfigurableApplicationContext context;

  @Autowired JdbcClient jdbc;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ProjectsCommandLine.run(
            List.of(args),
            context,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void noSuchProject() {
    Drafts.deleteProjects(jdbc, "CL-");
  }

  @Test
  void theTemplateHasEverySheetAndThePlansCodes() throws Exception {
    Path template = dir.resolve("template.xlsx");
    assertThat(run("template", template.toString()).code()).isZero();
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(template)))) {
      assertThat(List.of("项目", "年度计划", "里程碑", "月度进展", "代码表"))
          .allSatisfy(name -> assertThat(book.getSheet(name)).as(name).isNotNull());
      assertThat(book.getSheet("项目").getRow(0).getCell(10).getStringCellValue())
          .isEqualTo("总投资（万元）");
      var sheet = book.getSheet("代码表");
      List<String> listed = new java.util.ArrayList<>();
      sheet.forEach(row -> listed.add(row.getCell(1).getStringCellValue()));
      assertThat(listed)
          .contains(
              "622924", "620200", "lanzhou-new-area", "steel-base", "jiuquan-new-energy-equipment");
    }
  }

  @Test
  void aBadFileExitsOneWithEveryRowAndAGoodOneZero() throws Exception {
    Path bad = dir.resolve("bad.xlsx");
    Files.write(
        bad,
        ProjectImportTests.workbook(
            List.of(
                ProjectImportTests.project("CL-1", "622924", "", "", "2019-01-01", "2020-12-31"),
                ProjectImportTests.project("CL-2", "622924", "", "", "2020-01-01", "2019-01-01")),
            List.<Object[]>of(new Object[] {"CL-1", 2025, 100}),
            List.of(),
            List.of()));
    Run refused = run("import", bad.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("row 3", "finish.before_start", "year.outside_project");
    assertThat(
            jdbc.sql("SELECT count(*) FROM project WHERE code LIKE 'CL-%'")
                .query(Long.class)
                .single())
        .isZero();
    Path good = dir.resolve("good.xlsx");
    Files.write(
        good,
        ProjectImportTests.workbook(
            List.<Object[]>of(
                ProjectImportTests.project("CL-1", "622924", "", "", "2019-01-01", "2020-12-31")),
            List.<Object[]>of(new Object[] {"CL-1", 2019, 4000}),
            List.of(),
            List.of()));
    Run done = run("import", good.toString());
    assertThat(done.code()).isZero();
    assertThat(done.out()).contains("projects 1, yearly plans 1");
  }
}
