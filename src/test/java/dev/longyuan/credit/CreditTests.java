package dev.longyuan.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Credit records in Qingshui county (清水县, 620521, under Tianshui 620500): grades that follow the
 * facts at once, all-or-nothing imports, the API's shapes and the scopes that may read a record.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditTests {

  static final String QINGSHUI = "620521";
  static final String TAG = "201";
  static final DataScope PROVINCE = DataScope.everything(true);

  @Autowired CreditRecords records;
  @Autowired Blacklist blacklist;
  @Autowired ReportingService reporting;
  @Autowired Accounts accounts;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  String yesterday = LocalDate.now().minusDays(1).toString();

  @BeforeAll
  void users() {
    TestUsers.ensure(accounts, "credit-city-tianshui", "CITY", "620500", null);
    TestUsers.ensure(accounts, "credit-city-lanzhou", "CITY", "620100", null);
  }

  byte[] workbook(List<List<String>> rows) throws Exception {
    return CreditFixtures.workbook(rows);
  }

  int inspectionsOf(String code) {
    return jdbc.sql("SELECT count(*) FROM credit_inspection WHERE enterprise_code = :c")
        .param("c", code)
        .query(Integer.class)
        .single();
  }

  @Nested
  class AFailedInspection {

    @Test
    void importedChangesTheGradeAtOnceAndTheExplanationNamesIt() throws Exception {
      String code = CreditFixtures.enterprise(reporting, TAG, 1, "清水测试水泥有限公司", QINGSHUI, "C3011");
      CreditEvaluation before = records.evaluation(code, PROVINCE);
      assertThat(before.score()).isEqualTo(100);
      assertThat(before.grade()).isEqualTo(Grade.A);

      InspectionImport done =
          records.importInspections(
              workbook(
                  List.of(
                      List.of(
                          code,
                          "复合硅酸盐水泥",
                          "TW-2026-07",
                          "不合格",
                          "3天抗压强度、烧失量",
                          yesterday,
                          "甘肃省市场监督管理局"),
                      List.of(code, "普通硅酸盐水泥", "TW-2026-08", "合格", "", yesterday, "甘肃省市场监督管理局"))),
              PROVINCE,
              "test");
      assertThat(done.errors()).isEmpty();
      assertThat(done.recorded()).isEqualTo(2);

      // one failure in 24 months: 100 − 15 = 85, grade B
      CreditEvaluation after = records.evaluation(code, PROVINCE);
      assertThat(after.score()).isEqualTo(85);
      assertThat(after.grade()).isEqualTo(Grade.B);
      Factor inspections = after.factors().get(0);
      assertThat(inspections.code()).isEqualTo("inspections");
      assertThat(inspections.count()).isEqualTo(1);
      assertThat(inspections.points()).isEqualTo(-15);
      assertThat(inspections.textZh()).contains("复合硅酸盐水泥", "TW-2026-07", "扣 15 分");
      assertThat(inspections.textEn()).contains("复合硅酸盐水泥", "batch TW-2026-07", "-15 points");

      CreditRecord record = records.record(code, PROVINCE);
      assertThat(record.history()).hasSize(2);
      assertThat(record.history().get(0).grade()).isEqualTo(Grade.B);
      assertThat(record.history().get(0).ruleVersion()).isEqualTo(2);
      assertThat(record.history().get(0).cause()).contains("监督抽查不合格", "复合硅酸盐水泥");
      assertThat(record.history().get(1).grade()).isEqualTo(Grade.A);
      assertThat(record.inspections()).hasSize(2);
      assertThat(record.inspections())
          .filteredOn(i -> !i.passed())
          .singleElement()
          .satisfies(i -> assertThat(i.itemsFailed()).containsExactly("3天抗压强度", "烧失量"));
    }
  }

  @Nested
  class AnImport {

    @Test
    void withAnyBadRowRecordsNothingAndNamesEveryBadRow() throws Exception {
      String code = CreditFixtures.enterprise(reporting, TAG, 2, "清水测试建材有限公司", QINGSHUI, "C3021");
      String unregistered =
          dev.longyuan.reporting.CreditCode.withCheckCharacter(
                  "91620521820" + CreditFixtures.RUN + "999")
              .value();
      InspectionImport done =
          records.importInspections(
              workbook(
                  List.of(
                      List.of(code, "混凝土管桩", "A1", "合格", "", yesterday, "甘肃省市场监督管理局"),
                      List.of(code, "混凝土管桩", "A2", "不合格", "", yesterday, "甘肃省市场监督管理局"),
                      List.of(unregistered, "混凝土管桩", "A3", "合格", "", yesterday, "甘肃省市场监督管理局"),
                      List.of(code, "混凝土管桩", "A4", "待定", "", "2026/13/01", ""))),
              PROVINCE,
              "test");
      assertThat(done.accepted()).isFalse();
      assertThat(done.recorded()).isZero();
      assertThat(done.errors())
          .extracting(e -> e.row() + " " + e.column() + " " + e.code())
          .containsExactly(
              "3 不合格项目 inspection.items_missing",
              "4 统一社会信用代码 enterprise.unregistered",
              "5 抽查机关 field.required",
              "5 抽查结果 inspection.result_invalid",
              "5 抽查日期 date.invalid");
      assertThat(done.errors()).allSatisfy(e -> assertThat(e.messageZh()).isNotBlank());
      assertThat(done.errors()).allSatisfy(e -> assertThat(e.messageEn()).isNotBlank());
      assertThat(inspectionsOf(code)).isZero();
    }

    @Test
    void onTheApiRefusesWith400AndTheRowsNamed() throws Exception {
      String code = CreditFixtures.enterprise(reporting, TAG, 3, "清水测试陶瓷有限公司", QINGSHUI, "C3071");
      mvc.perform(
              multipart("/api/credit/inspections")
                  .file(
                      new MockMultipartFile(
                          "file",
                          "inspections.xlsx",
                          "application/octet-stream",
                          workbook(
                              List.of(
                                  List.of(
                                      code, "日用陶瓷", "C1", "合格", "铅溶出量", yesterday, "甘肃省市场监督管理局")))))
                  .with(TestUsers.admin()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.recorded").value(0))
          .andExpect(jsonPath("$.errors[0].row").value(2))
          .andExpect(jsonPath("$.errors[0].column").value("不合格项目"))
          .andExpect(jsonPath("$.errors[0].code").value("inspection.items_when_passed"));
      assertThat(inspectionsOf(code)).isZero();
    }
  }

  @Nested
  class TheApi {

    @Test
    void readsTheScoreGradeAndFactorsAndRecordsAnInspectionAndAListing() throws Exception {
      String code = CreditFixtures.enterprise(reporting, TAG, 4, "清水测试线缆有限公司", QINGSHUI, "C3831");
      mvc.perform(get("/api/credit/enterprises/" + code).with(TestUsers.admin()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.score").value(100))
          .andExpect(jsonPath("$.grade").value("A"))
          .andExpect(jsonPath("$.factors.length()").value(9))
          .andExpect(jsonPath("$.factors[0].code").value("inspections"))
          .andExpect(jsonPath("$.factors[0].points").value(0));
      mvc.perform(
              post("/api/credit/inspections")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"enterpriseCode":"%s","product":"电力电缆","batch":"YJV-01","result":"fail",
                       "itemsFailed":["导体电阻"],"date":"%s","authority":"国家市场监督管理总局"}
                      """
                          .formatted(code, yesterday))
                  .with(TestUsers.admin()))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.id").isNumber());
      mvc.perform(get("/api/credit/enterprises/" + code).with(TestUsers.admin()))
          .andExpect(jsonPath("$.score").value(85))
          .andExpect(jsonPath("$.grade").value("B"))
          .andExpect(jsonPath("$.factors[0].points").value(-15));
      mvc.perform(
              post("/api/credit/blacklist")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"enterpriseCode":"%s","reason":"导体电阻连续两次抽查不合格","basis":"《中华人民共和国产品质量法》第十七条",
                       "documentNumber":"%s","from":"%s","to":"%s"}
                      """
                          .formatted(
                              code,
                              CreditFixtures.document("甘质黑〔2026〕TW-1号"),
                              yesterday,
                              LocalDate.now().plusYears(1)))
                  .with(TestUsers.admin()))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.id").isNumber());
      // listed: grade D, the score held at 59 (85 − 26)
      mvc.perform(get("/api/credit/enterprises/" + code).with(TestUsers.admin()))
          .andExpect(jsonPath("$.score").value(59))
          .andExpect(jsonPath("$.grade").value("D"))
          .andExpect(jsonPath("$.factors[8].code").value("blacklist"))
          .andExpect(jsonPath("$.factors[8].points").value(-26));
    }

    @Test
    void refusesBadRequestsWithCodeAndBothLanguages() throws Exception {
      mvc.perform(
              post("/api/credit/inspections")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"result\":\"maybe\"}")
                  .with(TestUsers.admin()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("field.required"))
          .andExpect(jsonPath("$.messageZh").isString())
          .andExpect(jsonPath("$.messageEn").isString())
          .andExpect(jsonPath("$.errors.length()").value(6));
      mvc.perform(
              post("/api/credit/blacklist")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"from\":\"2026-05-01\",\"to\":\"2026-04-01\"}")
                  .with(TestUsers.admin()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[?(@.code == 'listing.dates_reversed')]").exists());
      mvc.perform(get("/api/credit/enterprises/NOT-REGISTERED").with(TestUsers.admin()))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("enterprise.unknown"));
    }
  }

  @Nested
  class ARecord {

    @Test
    void isReadByTheCityOfItsRegionAndTheEnterpriseItselfOnly() throws Exception {
      String code = CreditFixtures.enterprise(reporting, TAG, 5, "清水测试铸造有限公司", QINGSHUI, "C3391");
      String other = CreditFixtures.enterprise(reporting, TAG, 6, "清水测试锻造有限公司", QINGSHUI, "C3392");
      TestUsers.ensure(
          accounts, "credit-enterprise-5-" + CreditFixtures.RUN, "ENTERPRISE", null, code);
      mvc.perform(get("/api/credit/enterprises/" + code).with(TestUsers.as("credit-city-tianshui")))
          .andExpect(status().isOk());
      mvc.perform(get("/api/credit/enterprises/" + code).with(TestUsers.as("credit-city-lanzhou")))
          .andExpect(status().isForbidden());
      mvc.perform(
              get("/api/credit/enterprises/" + code)
                  .with(TestUsers.as("credit-enterprise-5-" + CreditFixtures.RUN)))
          .andExpect(status().isOk());
      mvc.perform(
              get("/api/credit/enterprises/" + other)
                  .with(TestUsers.as("credit-enterprise-5-" + CreditFixtures.RUN)))
          .andExpect(status().isForbidden());
      assertThatThrownBy(() -> records.evaluation(code, DataScope.region(RegionCode.of("620100"))))
          .isInstanceOf(CreditRefused.class);
    }

    @Test
    void penaltiesAndComplaintsCountAndAreRecordedByTheProvinceOnly() {
      String code = CreditFixtures.enterprise(reporting, TAG, 7, "清水测试食品有限公司", QINGSHUI, "C1391");
      records.recordPenalty(
          new PenaltyDraft(
              code,
              CreditFixtures.document("定市监罚〔2026〕TW-7号"),
              LocalDate.now().minusMonths(2),
              "定西市市场监督管理局",
              "生产不合格产品",
              new java.math.BigDecimal("3.5")),
          PROVINCE,
          "test");
      records.recordComplaint(
          new ComplaintDraft(code, LocalDate.now().minusDays(3), "产品异物", true), PROVINCE, "test");
      records.recordComplaint(
          new ComplaintDraft(code, LocalDate.now().minusDays(2), "包装不符", false), PROVINCE, "test");
      // 100 − 10 − 5 = 85: B
      CreditEvaluation e = records.evaluation(code, PROVINCE);
      assertThat(e.score()).isEqualTo(85);
      assertThat(e.grade()).isEqualTo(Grade.B);
      // the penalty alone left 90, still A (the first grade stored); the upheld complaint made it B
      List<GradeChange> history = records.record(code, PROVINCE).history();
      assertThat(history)
          .extracting(GradeChange::grade, GradeChange::score)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Grade.B, 85),
              org.assertj.core.groups.Tuple.tuple(Grade.A, 90));
      assertThat(history.get(0).cause()).contains("质量投诉属实");
      assertThat(history.get(1).cause())
          .contains("行政处罚", CreditFixtures.document("定市监罚〔2026〕TW-7号"));
      assertThatThrownBy(
              () ->
                  records.recordComplaint(
                      new ComplaintDraft(code, LocalDate.now(), "x", true),
                      DataScope.everything(false),
                      "analyst"))
          .isInstanceOf(CreditRefused.class)
          .hasFieldOrPropertyWithValue("code", "scope.outside");
    }
  }
}
