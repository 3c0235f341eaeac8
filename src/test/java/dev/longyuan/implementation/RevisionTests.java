package dev.longyuan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.TargetAssessment;
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
import dev.longyuan.shared.RegionCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A revision of the plan: the mid-term review raises the 2020 target for digital R&D tools in key
 * enterprises from 65% to 70% from 1 July 2018. The years before are judged against 65%, 2018 on
 * against 70%, and the 65% stays visible beside it in the pages, the API and the reports. The plan
 * is a copy of Gansu's, so that no other test sees the revision.
 */
@PlatformTest
class RevisionTests {

  static final String PLAN = "gansu-revision-test";
  static final String REFUSED = "gansu-revision-refused";
  static final String PAGE = "gansu-revision-page";
  static final String TWICE = "gansu-revision-twice";

  /** Counties of 兰州市; the first without anyone else's enterprises or figures is this test's. */
  static final List<String> CANDIDATES =
      List.of("620111", "620104", "620105", "620121", "620122", "620123", "620102", "620103");

  static final String TARGET = "T-2.3.5-01";
  static final String W1 = CreditCode.withCheckCharacter("91620111REXN00001").value();
  static final String W2 = CreditCode.withCheckCharacter("91620111REXN00002").value();

  @Autowired PlanCatalog plans;

  @Autowired PlanAssessor assessor;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  @Autowired Revisions revisions;

  String county;

  @BeforeEach
  void copiesOfThePlanAndFourYearsOfData() {
    copy(PLAN);
    copy(REFUSED);
    copy(PAGE);
    copy(TWICE);
    county =
        CANDIDATES.stream()
            .filter(
                code ->
                    jdbc.sql(
                                "SELECT (SELECT count(*) FROM enterprise WHERE region_code = :c"
                                    + " AND credit_code NOT IN (:ours))"
                                    + " + (SELECT count(*) FROM data_value WHERE reporting_unit = :c)")
                            .param("c", code)
                            .param("ours", List.of(W1, W2))
                            .query(Integer.class)
                            .single()
                        == 0)
            .findFirst()
            .orElseThrow();
    reporting.registerEnterprises(
        List.of(enterprise(W1, "91620111REXN00001"), enterprise(W2, "91620111REXN00002")),
        List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u)")
        .param("u", List.of(W1, W2))
        .update();
    // digital design tools in 45, 50, 55 and 58 of the 100 surveyed enterprises' worth
    int[] w1 = {27, 30, 33, 35};
    int[] w2 = {18, 20, 22, 23};
    List<ValueRow> rows = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String year = String.valueOf(2015 + i);
      add(rows, "IT_SURVEYED", W1, year, "60");
      add(rows, "IT_DIGITAL_RD", W1, year, String.valueOf(w1[i]));
      add(rows, "IT_SURVEYED", W2, year, "40");
      add(rows, "IT_DIGITAL_RD", W2, year, String.valueOf(w2[i]));
    }
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "revision.csv",
                        "csv",
                        "-",
                        false,
                        "revision-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  void copy(String id) {
    Plan gansu = plans.plan("gansu-13fyp-industry").orElseThrow();
    plans.store(
        new Plan(
            id,
            gansu.titleZh(),
            gansu.titleEn(),
            gansu.documentNumber(),
            gansu.issuerZh(),
            gansu.issuerEn(),
            gansu.issuedOn(),
            gansu.baseYear(),
            gansu.targetYear(),
            gansu.preamble(),
            gansu.sections(),
            gansu.indicatorTable(),
            gansu.indicators(),
            gansu.targets(),
            gansu.baselines(),
            gansu.sectors(),
            gansu.regions(),
            gansu.places(),
            gansu.units(),
            gansu.tasks(),
            gansu.progressThresholds()),
        "sha-" + id);
  }

  Enterprise enterprise(String code, String name) {
    return new Enterprise(
        CreditCode.of(code),
        "调整测试企业" + name.substring(name.length() - 1),
        RegionCode.of(county),
        IndustryCode.of("C3311"),
        SizeClass.MEDIUM,
        "国有",
        false);
  }

  static void add(List<ValueRow> rows, String element, String unit, String year, String v) {
    rows.add(new ValueRow(rows.size() + 2, null, element, unit, year, "current", v, null, null));
  }

  TargetAssessment digital(int year) {
    PlanAssessment assessment =
        assessor.assess(PLAN, year, DataScope.everything(false), county, null);
    return assessment.targets().stream()
        .filter(t -> t.targetCode().equals(TARGET))
        .findFirst()
        .orElseThrow();
  }

  static final String REVISION =
      """
      {"title": "甘肃省“十三五”工业转型升级规划中期评估调整方案",
       "documentNumber": "甘工信发〔2018〕99号",
       "decidedOn": "2018-06-20",
       "effectiveFrom": "2018-07-01",
       "reason": "中期评估显示数字化研发设计工具普及率提升快于预期，目标相应提高",
       "targets": [{"code": "T-2.3.5-01", "value": 70,
                    "sourceText": "到2020年，重点企业数字化研发设计工具普及率达到70%"}],
       "tasks": [{"code": "TK-R1-01", "section": "5.1.4", "titleZh": "建设中小企业数字化转型服务平台",
                  "sourceText": "建设全省中小企业数字化转型公共服务平台", "leadUnit": "gxt"}]}
      """;

  @Test
  void aRevisedTargetJudgesTheYearsFromItsEffectiveDateAndTheOriginalStaysVisible()
      throws Exception {
    jdbc.sql("DELETE FROM plan_revision WHERE plan_id = :p").param("p", PLAN).update();
    // before: 2018 judged against 65%
    assertThat(digital(2018).target()).isEqualByComparingTo("65");
    assertThat(digital(2018).revision()).isNull();

    mvc.perform(
            multipart("/api/plans/{id}/revisions", PLAN)
                .file(
                    new MockMultipartFile(
                        "revision",
                        "",
                        MediaType.APPLICATION_JSON_VALUE,
                        REVISION.getBytes(StandardCharsets.UTF_8)))
                .file(
                    new MockMultipartFile(
                        "document",
                        "中期调整方案.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% 调整方案\n".getBytes(StandardCharsets.UTF_8)))
                .with(TestUsers.admin())
                .with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.number").value(1))
        .andExpect(jsonPath("$.targets[0].originalValue").value(65))
        .andExpect(jsonPath("$.targets[0].value").value(70));

    // 2017 ended before the revision took effect: 65%, (55/45)^(1/2) − 1 = 10.55% a year against
    // (65/45)^(1/5) − 1 = 7.63% needed
    TargetAssessment before = digital(2017);
    assertThat(before.series().stream().map(v -> v.value().stripTrailingZeros().toPlainString()))
        .containsExactly("45", "50", "55");
    assertThat(before.target()).isEqualByComparingTo("65");
    assertThat(before.revision()).isNull();
    assertThat(before.progress().ratio()).isCloseTo(1.3829383222921623, within(1e-9));
    // 2018 on: 70%, (58/45)^(1/3) − 1 = 8.83% a year against (70/45)^(1/5) − 1 = 9.24% needed;
    // against the original 65% it would have been 1.157
    TargetAssessment after = digital(2018);
    assertThat(after.series().stream().map(v -> v.value().stripTrailingZeros().toPlainString()))
        .containsExactly("45", "50", "55", "58");
    assertThat(after.target()).isEqualByComparingTo("70");
    assertThat(after.sourceText()).isEqualTo("到2020年，重点企业数字化研发设计工具普及率达到70%");
    assertThat(after.revision().originalValue()).isEqualByComparingTo("65");
    assertThat(after.revision().originalSourceText()).contains("65%");
    assertThat(after.revision().documentNumber()).isEqualTo("甘工信发〔2018〕99号");
    assertThat(after.progress().ratio())
        .isCloseTo(
            (Math.pow(58.0 / 45, 1.0 / 3) - 1) / (Math.pow(70.0 / 45, 1.0 / 5) - 1), within(1e-9))
        .isCloseTo(0.9555, within(1e-4));

    // the API lists it, with its document
    mvc.perform(get("/api/plans/{id}/revisions", PLAN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].effectiveFrom").value("2018-07-01"))
        .andExpect(jsonPath("$[0].document.fileName").value("中期调整方案.pdf"))
        .andExpect(jsonPath("$[0].targets[0].originalSourceText").exists())
        .andExpect(jsonPath("$[0].addedTasks[0].code").value("TK-R1-01"));
    mvc.perform(get("/plans/{id}/revisions/1/document", PLAN))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"));

    // the pages: the plan's targets and the assessment show both values
    Document targets =
        Jsoup.parse(
            mvc.perform(get("/plans/{id}/targets", PLAN))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    String row = targets.getElementById("t-" + TARGET).text();
    assertThat(row).contains("第1次调整", "甘工信发〔2018〕99号", "70", "原目标：65");
    Document assessment =
        Jsoup.parse(
            mvc.perform(
                    get("/plans/{id}/assessment", PLAN)
                        .param("year", "2018")
                        .param("region", county)
                        .with(TestUsers.admin()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(assessment.getElementById("a-" + TARGET).text()).contains("原目标：65", "达到70%");
    assertThat(
            Jsoup.parse(
                    mvc.perform(
                            get("/plans/{id}/assessment", PLAN)
                                .param("year", "2017")
                                .param("region", county)
                                .with(TestUsers.admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .getElementById("a-" + TARGET)
                .text())
        .doesNotContain("原目标");

    // the report of 2018 writes the target in force with the original beside it
    String report =
        mvc.perform(
                get("/api/plans/{id}/reports/annual", PLAN)
                    .param("year", "2018")
                    .param("region", county)
                    .param("format", "html")
                    .param("version", "new")
                    .with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(report).text()).contains("≥ 70 %（第1次调整后，自 2018-07-01 起；原目标 ≥ 65 %）");

    // the task the revision added is one of the plan's tasks now, named by the revision
    mvc.perform(get("/api/plans/{id}/tasks/{code}", PLAN, "TK-R1-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.task.sourceText").value("建设全省中小企业数字化转型公共服务平台"))
        .andExpect(jsonPath("$.task.unitsBasis").value("revision"));
  }

  @Test
  void aRevisionWithProblemsIsRefusedWholeNamingEachField() throws Exception {
    jdbc.sql("DELETE FROM plan_revision WHERE plan_id = :p").param("p", REFUSED).update();
    String bad =
        """
        {"title": "调整", "documentNumber": "甘工信发〔2018〕100号", "decidedOn": "2018-06-20",
         "effectiveFrom": "2015-01-01", "reason": "",
         "targets": [{"code": "T-NOPE", "value": 1, "sourceText": "x"},
                     {"code": "T-2.3.5-01", "value": null, "sourceText": "x"}]}
        """;
    mvc.perform(
            post("/api/plans/{id}/revisions", REFUSED)
                .contentType(MediaType.APPLICATION_JSON)
                .content(bad)
                .with(TestUsers.admin())
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.problems[*].field")
                .value(
                    org.hamcrest.Matchers.contains(
                        "reason", "effectiveFrom", "targets[0].code", "targets[1].value")))
        .andExpect(jsonPath("$.problems[0].messageZh").value("缺少调整原因"))
        .andExpect(jsonPath("$.problems[2].messageEn").value("the plan has no target \"T-NOPE\""));
    assertThat(
            jdbc.sql("SELECT count(*) FROM plan_revision WHERE plan_id = :p")
                .param("p", REFUSED)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            assessor
                .assess(REFUSED, 2019, DataScope.everything(false), county, null)
                .targets()
                .stream()
                .filter(a -> a.targetCode().equals(TARGET))
                .findFirst()
                .orElseThrow()
                .target())
        .isEqualByComparingTo("65");
  }

  @Test
  void theProvinceRecordsARevisionOnThePageAndATypoIsNamed() throws Exception {
    jdbc.sql("DELETE FROM plan_revision WHERE plan_id = :p").param("p", PAGE).update();
    String refused =
        mvc.perform(
                multipart("/plans/{id}/revisions", PAGE)
                    .param("title", "中期调整方案")
                    .param("documentNumber", "甘工信发〔2018〕99号")
                    .param("decidedOn", "2018-06-20")
                    .param("effectiveFrom", "2018-07-01")
                    .param("reason", "中期评估")
                    .param("targetCode", TARGET, "", "")
                    .param("targetValue", "七十", "", "")
                    .param("targetValueMax", "", "", "")
                    .param("targetText", "达到70%", "", "")
                    .with(TestUsers.admin())
                    .with(csrf()))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(refused).getElementById("errors").text())
        .isEqualTo("targets[0].value：“七十”不是数字");

    mvc.perform(
            multipart("/plans/{id}/revisions", PAGE)
                .param("title", "中期调整方案")
                .param("documentNumber", "甘工信发〔2018〕99号")
                .param("decidedOn", "2018-06-20")
                .param("effectiveFrom", "2018-07-01")
                .param("reason", "中期评估")
                .param("targetCode", TARGET, "", "")
                .param("targetValue", "70", "", "")
                .param("targetValueMax", "", "", "")
                .param("targetText", "到2020年普及率达到70%", "", "")
                .with(TestUsers.admin())
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    Document page =
        Jsoup.parse(
            mvc.perform(get("/plans/{id}/revisions", PAGE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.getElementById("change-1-" + TARGET).text())
        .contains("65", "70", "到2020年普及率达到70%");
    assertThat(page.select("#revision-1 .effective").text()).isEqualTo("2018-07-01");
    assertThat(page.getElementById("record")).as("the form is the province's").isNull();
  }

  @Test
  void twoRevisionsRecordedAtOnceTakeTheNextTwoNumbers() throws Exception {
    jdbc.sql("DELETE FROM plan_revision WHERE plan_id = :p").param("p", TWICE).update();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Integer>> numbers = new ArrayList<>();
      for (String value : List.of("68", "70")) {
        numbers.add(
            pool.submit(
                () ->
                    revisions
                        .record(
                            TWICE,
                            new dev.longyuan.plan.RevisionDraft(
                                "调整方案 " + value,
                                "甘工信发〔2018〕" + value + "号",
                                java.time.LocalDate.parse("2018-06-20"),
                                java.time.LocalDate.parse("2018-07-01"),
                                "中期评估",
                                List.of(
                                    new dev.longyuan.plan.RevisionDraft.TargetDraft(
                                        TARGET,
                                        new java.math.BigDecimal(value),
                                        null,
                                        "达到" + value + "%")),
                                null),
                            null,
                            "admin",
                            "test")
                        .number()));
      }
      List<Integer> taken = new ArrayList<>();
      for (java.util.concurrent.Future<Integer> number : numbers) {
        taken.add(number.get());
      }
      assertThat(taken).containsExactlyInAnyOrder(1, 2);
    } finally {
      pool.shutdown();
    }
  }
}
