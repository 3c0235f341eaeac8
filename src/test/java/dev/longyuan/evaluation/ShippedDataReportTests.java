package dev.longyuan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.reporting.internal.ShippedDataLoader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The province's mid-term report for 2018 and final report for 2020 from the shipped data (the
 * published figures and a small synthetic panel): as a reader of the PDF sees them, every figure of
 * the key indicator table is the assessment API's, the Chinese headings are there and the Chinese
 * font is embedded.
 */
@PlatformTest
class ShippedDataReportTests {

  static final String PLAN = "gansu-13fyp-industry";

  @Autowired ShippedDataLoader loader;

  @Autowired PlanCatalog plans;

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @CsvSource({"midterm, 2018", "final, 2020"})
  void theReportsIndicatorTableIsTheAssessmentApis(String type, int year) throws Exception {
    EvaluationReportTests.requirePoppler();
    loader.load();
    Plan plan = plans.plan(PLAN).orElseThrow();
    // a new version, made from the data as it is now, beside the assessment of the same data
    byte[] document =
        mvc.perform(
                get("/api/plans/" + PLAN + "/reports/" + type)
                    .param("year", String.valueOf(year))
                    .param("format", "pdf")
                    .param("version", "new")
                    .with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String assessment =
        mvc.perform(
                get("/api/plans/" + PLAN + "/assessment")
                    .param("year", String.valueOf(year))
                    .with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Path pdf = Files.createDirectories(Path.of("target", "evaluation-reports"));
    pdf = pdf.resolve("shipped-" + type + "-" + year + ".pdf");
    Files.write(pdf, document);

    String text = EvaluationReportTests.run("pdftotext", "-layout", pdf.toString(), "-");
    assertThat(text).contains("总体评价", "主要指标完成情况", "重点任务进展", "存在的主要问题", "下一步工作建议");
    int judged = 0;
    for (Indicator indicator : plan.indicators()) {
      List<Map<String, Object>> served =
          indicator.targets().stream()
              .flatMap(
                  code ->
                      JsonPath.<List<Map<String, Object>>>read(
                          assessment, "$.targets[?(@.targetCode == '" + code + "')]")
                          .stream())
              .toList();
      if (served.isEmpty() || served.get(0).get("latestValue") == null) {
        continue;
      }
      Map<String, Object> target = served.get(0);
      String value = IndicatorRow.figure(new BigDecimal(target.get("latestValue").toString()));
      String latestYear = target.get("latestYear").toString();
      String word = JsonPath.read(target, "$.progress.label").toString();
      String label =
          java.util.Arrays.stream(ProgressLabel.values())
              .filter(l -> l.word().equals(word))
              .findFirst()
              .orElseThrow()
              .nameZh();
      // the indicator's row: its actual value, the value's year and the label on one line
      assertThat(text.lines())
          .as(indicator.code() + " " + value + " " + latestYear + " " + label)
          .anyMatch(
              line ->
                  line.matches(
                          ".*\\s"
                              + java.util.regex.Pattern.quote(value)
                              + "\\s+"
                              + latestYear
                              + "\\s.*")
                      && line.contains(label));
      judged++;
    }
    // the published figures alone give indicator 8 its 2020 value
    assertThat(judged).isPositive();
    assertThat(EvaluationReportTests.run("pdffonts", pdf.toString()).lines())
        .anyMatch(line -> line.contains("WenQuanYi") && line.matches(".*\\syes\\s+yes\\s.*"));
  }
}
