package dev.longyuan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.monitoring.EconomyFigure;
import dev.longyuan.monitoring.MonitoringOverview;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.Period;
import dev.longyuan.shared.RegionCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The mid-term (2018) and final (2020) reports for a county of 平凉市 where no other enterprise of the
 * shared test database sits. Its one flour mill reports its value added for each December beside
 * 上年同期 (real growth 8%, 5%, 6% and 7% in 2016–2019, deflated by the division's price index as
 * {@code TargetPageTests} reports it), so that the growth indicator has figures and the others have
 * none. Every figure of the indicator table must be the assessment's for the same plan, year and
 * region, in the HTML, the PDF and the workbook.
 */
@PlatformTest
class EvaluationReportTests {

  static final String PLAN = "gansu-13fyp-industry";

  /**
   * Counties of 平凉市 and 庆阳市; the first without anyone else's enterprises or figures is this test's.
   */
  static final List<String> CANDIDATES =
      List.of(
          "620826", "620825", "620823", "620822", "620821", "620881", "620802", "621027", "621026",
          "621025", "621024", "621023", "621022", "621021");

  static final String MILL = CreditCode.withCheckCharacter("91620800EWRP00001").value();

  static final Path OUT = Path.of("target/evaluation-reports");

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  @Autowired PlanAssessor assessor;

  @Autowired PlanCatalog plans;

  @Autowired MonitoringOverview monitoring;

  String county;

  @BeforeEach
  void reportTheYears() {
    county =
        CANDIDATES.stream()
            .filter(
                code ->
                    jdbc.sql(
                                "SELECT (SELECT count(*) FROM enterprise WHERE region_code = :c"
                                    + " AND credit_code <> :ours)"
                                    + " + (SELECT count(*) FROM data_value WHERE reporting_unit = :c)")
                            .param("c", code)
                            .param("ours", MILL)
                            .query(Integer.class)
                            .single()
                        == 0)
            .findFirst()
            .orElseThrow();
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(MILL),
                "测试评估报告企业",
                RegionCode.of(county),
                IndustryCode.of("C1311"),
                SizeClass.MEDIUM,
                "国有",
                false)),
        List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :m").param("m", MILL).update();
    List<ValueRow> rows = new ArrayList<>();
    add(rows, "VA", MILL, "2016-12", "1080", "1000");
    add(rows, "VA", MILL, "2017-12", "1323", "1200");
    add(rows, "VA", MILL, "2018-12", "1272", "1250");
    add(rows, "VA", MILL, "2019-12", "1391", "1300");
    // the same index TargetPageTests reports, so that neither test changes the other's figures
    add(rows, "PPI_C13", "620000", "2016-12", "100", null);
    add(rows, "PPI_C13", "620000", "2017-12", "105", null);
    add(rows, "PPI_C13", "620000", "2018-12", "96", null);
    add(rows, "PPI_C13", "620000", "2019-12", "100", null);
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "evaluation.csv",
                        "csv",
                        "-",
                        false,
                        "evaluation-report-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  private static void add(
      List<ValueRow> rows,
      String element,
      String unit,
      String period,
      String value,
      @Nullable String previous) {
    rows.add(
        new ValueRow(rows.size() + 2, null, element, unit, period, "ytd", value, previous, null));
  }

  /** Each key indicator's target as the assessment judges it, in the plan's order. */
  private List<Expected> expected(int year) {
    Plan plan = plans.plan(PLAN).orElseThrow();
    PlanAssessment assessment =
        assessor.assess(PLAN, year, DataScope.everything(true), county, null);
    List<Expected> rows = new ArrayList<>();
    plan.indicators().stream()
        .sorted(Comparator.comparingInt(Indicator::number))
        .forEach(
            indicator -> {
              TargetAssessment target =
                  indicator.targets().stream()
                      .map(
                          code ->
                              assessment.targets().stream()
                                  .filter(t -> t.targetCode().equals(code))
                                  .findFirst()
                                  .orElse(null))
                      .filter(Objects::nonNull)
                      .findFirst()
                      .orElse(null);
              rows.add(new Expected(indicator, target));
            });
    return rows;
  }

  record Expected(Indicator indicator, @Nullable TargetAssessment target) {

    String actual() {
      return target == null ? "—" : IndicatorRow.figure(target.latestValue());
    }

    String year() {
      return target == null || target.latestYear() == null
          ? "—"
          : String.valueOf(target.latestYear());
    }

    String label() {
      return target == null ? "无法评估" : target.progress().label().nameZh();
    }
  }

  private byte[] fetch(String type, String format, String... params) throws Exception {
    var request =
        get("/api/plans/" + PLAN + "/reports/" + type)
            .param("format", format)
            .param("region", county)
            // a new version from the data as this test reported them, not one stored before
            .param("version", "new")
            .with(TestUsers.admin());
    for (int i = 0; i < params.length; i += 2) {
      request = request.param(params[i], params[i + 1]);
    }
    MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
    return result.getResponse().getContentAsByteArray();
  }

  @Nested
  class TheHtml {

    @Test
    void theIndicatorTableIsTheAssessments() throws Exception {
      Document html = Jsoup.parse(new String(fetch("midterm", "html"), StandardCharsets.UTF_8));

      List<Expected> expected = expected(2018);
      assertThat(html.select("#indicator-table tbody tr")).hasSize(expected.size());
      for (Expected row : expected) {
        Element tr = html.getElementById("indicator-" + row.indicator().code());
        assertThat(tr).as(row.indicator().code()).isNotNull();
        List<String> cells = tr.select("td").eachText();
        assertThat(cells.get(1)).isEqualTo(row.indicator().nameZh());
        assertThat(cells.get(3)).isEqualTo(IndicatorRow.figure(row.indicator().baseline()));
        assertThat(cells.get(4)).isEqualTo(row.indicator().targetText());
        assertThat(cells.subList(5, 8))
            .as(row.indicator().code())
            .containsExactly(row.actual(), row.year(), row.label());
        assertThat(cells.get(8))
            .isEqualTo(row.indicator().attribute().word().equals("binding") ? "约束性" : "预期性");
      }
      // the county's value added: 6% real growth in 2018
      assertThat(expected.stream().filter(e -> !e.actual().equals("—"))).isNotEmpty();
      assertThat(html.getElementById("indicator-I01").select("td").eachText().subList(5, 7))
          .containsExactly("6", "2018");
    }

    @Test
    void eachIndicatorJudgedOnASeriesHasItsChart() throws Exception {
      Document html = Jsoup.parse(new String(fetch("midterm", "html"), StandardCharsets.UTF_8));

      // the county's value added is judged on its index, 2015–2018: a chart; an indicator with
      // no series judged has none
      Element chart = html.getElementById("chart-I01");
      assertThat(chart).isNotNull();
      String png = chart.attr("src");
      assertThat(png).startsWith("data:image/png;base64,");
      java.awt.image.BufferedImage image =
          javax.imageio.ImageIO.read(
              new java.io.ByteArrayInputStream(
                  java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1))));
      assertThat(image.getWidth()).isEqualTo(1040);
      assertThat(chart.attr("alt")).contains("I01");
      for (Expected row : expected(2018)) {
        if (row.target() == null
            || row.target().judged().stream().filter(p -> p.value() != null).count() < 2) {
          assertThat(html.getElementById("chart-" + row.indicator().code()))
              .as(row.indicator().code())
              .isNull();
        }
      }
    }

    @Test
    void theNarrativeIsWrittenFromTheFigures() throws Exception {
      Document html = Jsoup.parse(new String(fetch("midterm", "html"), StandardCharsets.UTF_8));

      assertThat(html.select("h2").eachText())
          .containsExactly("一、总体评价", "二、主要指标完成情况", "三、重点任务进展", "四、存在的主要问题", "五、下一步工作建议");
      String overall = html.select("h2#overall ~ p").first().text();
      assertThat(overall).contains("2018年是规划期（2015—2020年）的第3年", "3/5", "60%");
      // the growth target lags, and the problems say by how much
      String problems = String.join("\n", html.select("h2#problems ~ p").eachText());
      TargetAssessment growth =
          assessor.assess(PLAN, 2018, DataScope.everything(true), county, null).targets().stream()
              .filter(t -> t.targetCode().equals("T-2.3.1-01"))
              .findFirst()
              .orElseThrow();
      assertThat(problems)
          .contains(
              "“" + growth.nameZh() + "”" + growth.progress().label().nameZh(),
              Texts.percent(growth.progress().cagrRequired()) + "%");
    }

    @Test
    void inEnglishTheHeadingsAreEnglish() throws Exception {
      Document html =
          Jsoup.parse(new String(fetch("final", "html", "lang", "en"), StandardCharsets.UTF_8));

      assertThat(html.select("html").attr("lang")).isEqualTo("en");
      assertThat(html.select("h2").first().text()).isEqualTo("1. Overall evaluation");
      assertThat(html.getElementById("report-title").text()).contains("final evaluation (2020)");
    }

    @Test
    void anUnknownTypeIsNotFoundAndAnAnnualReportNeedsAYear() throws Exception {
      mvc.perform(
              get("/api/plans/" + PLAN + "/reports/weekly")
                  .param("region", county)
                  .with(TestUsers.admin()))
          .andExpect(status().isNotFound());
      mvc.perform(
              get("/api/plans/" + PLAN + "/reports/annual")
                  .param("region", county)
                  .with(TestUsers.admin()))
          .andExpect(status().isBadRequest());
      mvc.perform(
              get("/api/plans/" + PLAN + "/reports/annual")
                  .param("year", "2019")
                  .param("region", county)
                  .with(TestUsers.admin()))
          .andExpect(status().isOk());
    }
  }

  @Nested
  class ThePdf {

    @Test
    void showsTheChineseHeadingsAndTheAssessmentsFiguresInAnEmbeddedFont() throws Exception {
      requirePoppler();
      Files.createDirectories(OUT);
      Path pdf = OUT.resolve("midterm-2018.pdf");
      Files.write(pdf, fetch("midterm", "pdf"));

      String text = run("pdftotext", "-layout", pdf.toString(), "-");
      assertThat(text).contains("总体评价", "主要指标完成情况", "重点任务进展", "存在的主要问题", "下一步工作建议");
      for (Expected row : expected(2018)) {
        if (row.target() != null && row.target().latestValue() != null) {
          // the row's actual value, its year and its label on one line of the table
          assertThat(text.lines())
              .as(row.indicator().code())
              .anyMatch(
                  line ->
                      line.matches(".*\\s" + row.actual() + "\\s+" + row.year() + "\\s.*")
                          && line.contains(row.label()));
        }
      }
      // the charts are in it as pictures
      assertThat(run("pdfimages", "-list", pdf.toString()).lines().skip(2)).isNotEmpty();
      String fonts = run("pdffonts", pdf.toString());
      assertThat(fonts.lines())
          .anyMatch(line -> line.contains("WenQuanYi") && line.matches(".*\\syes\\s+yes\\s.*"));
    }
  }

  @Nested
  class TheWorkbook {

    @Test
    void theIndicatorSheetHoldsTheAssessmentsFigures() throws Exception {
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(fetch("final", "xlsx")))) {
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getSheetName()).isEqualTo("主要指标");
        List<Expected> expected = expected(2020);
        assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
          Expected row = expected.get(i);
          Row cells = sheet.getRow(i + 1);
          assertThat(cells.getCell(1).getStringCellValue()).isEqualTo(row.indicator().code());
          TargetAssessment target = row.target();
          if (target == null || target.latestValue() == null) {
            assertThat(cells.getCell(6)).isNull();
          } else {
            assertThat(cells.getCell(6).getNumericCellValue())
                .isEqualTo(target.latestValue().doubleValue());
            assertThat((int) cells.getCell(7).getNumericCellValue()).isEqualTo(target.latestYear());
          }
          assertThat(cells.getCell(8).getStringCellValue()).isEqualTo(row.label());
          Cell baseline = cells.getCell(4);
          if (row.indicator().baseline() != null) {
            assertThat(baseline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(baseline.getNumericCellValue())
                .isEqualTo(row.indicator().baseline().doubleValue());
          }
        }
      }
    }
  }

  @Nested
  class TheMonthlyBrief {

    @Test
    void theEconomyIsTheOverviewsAndTheIndicatorsTheAssessments() throws Exception {
      Document html =
          Jsoup.parse(
              new String(fetch("monthly", "html", "period", "2019-12"), StandardCharsets.UTF_8));

      List<EconomyFigure> economy =
          monitoring.economy(DataScope.everything(true), county, Period.parse("2019-12"));
      for (EconomyFigure figure : economy) {
        assertThat(html.getElementById("economy-" + figure.key()).select("td").eachText())
            .as(figure.key())
            .element(2)
            .isEqualTo(IndicatorRow.figure(figure.value()));
      }
      // 1391 / 1.00 / 1300 − 1: 7%, half a point below the plan's 7.5% a year
      assertThat(html.getElementById("economy-va_growth").select("td").eachText().get(2))
          .isEqualTo("7");
      assertThat(html.select("h2#summary ~ p").first().text()).contains("1—12月", "累计增长7%");
      assertThat(String.join("\n", html.select("h2#concerns ~ p").eachText()))
          .contains("低于规划目标", "0.5个百分点");
      for (Expected row : expected(2019)) {
        assertThat(
                html.getElementById("indicator-" + row.indicator().code())
                    .select("td")
                    .eachText()
                    .subList(5, 8))
            .containsExactly(row.actual(), row.year(), row.label());
      }
    }

    @Test
    void itsWorkbookAndPdfHoldTheSameFigures() throws Exception {
      try (XSSFWorkbook book =
          new XSSFWorkbook(
              new ByteArrayInputStream(fetch("monthly", "xlsx", "period", "2019-12")))) {
        assertThat(book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(7.0);
        assertThat(book.getSheet("主要指标").getRow(1).getCell(6).getNumericCellValue()).isEqualTo(7.0);
      }
      requirePoppler();
      Files.createDirectories(OUT);
      Path pdf = OUT.resolve("monthly-2019-12.pdf");
      Files.write(pdf, fetch("monthly", "pdf", "period", "2019-12"));
      assertThat(run("pdftotext", "-layout", pdf.toString(), "-"))
          .contains("运行概况", "主要指标进展", "需要关注的问题");
    }

    @Test
    void aBriefNeedsAMonth() throws Exception {
      mvc.perform(
              get("/api/plans/" + PLAN + "/reports/monthly")
                  .param("period", "2019")
                  .param("region", county)
                  .with(TestUsers.admin()))
          .andExpect(status().isBadRequest());
    }
  }

  static void requirePoppler() {
    boolean installed =
        Files.isExecutable(Path.of("/usr/bin/pdftotext"))
            && Files.isExecutable(Path.of("/usr/bin/pdffonts"));
    if (!"true".equals(System.getenv("LONGYUAN_REQUIRE_BROWSER"))) {
      assumeThat(installed).as("Debian poppler-utils is not installed").isTrue();
    }
  }

  static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
