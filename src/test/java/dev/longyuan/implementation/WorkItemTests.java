package dev.longyuan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Gansu plan's 2016 work items on the supervision ledger: one for 省工信厅 due mid-2016, long past
 * and so 滞后 until reported done; one for 兰州市人民政府, which Lanzhou's bureau reports on and Tianshui's
 * may not.
 */
@PlatformTest
class WorkItemTests {

  static final String PLAN = "gansu-13fyp-industry";
  static final String LANZHOU = "ledger-city-620100";
  static final String TIANSHUI = "ledger-city-620500";

  @Autowired WorkItems workItems;

  @Autowired AnnualPlans annualPlans;

  @Autowired Accounts accounts;

  @Autowired MockMvc mvc;

  @Autowired JdbcClient jdbc;

  long provincial;
  long lanzhou;

  @BeforeEach
  void itemsOf2016() {
    jdbc.sql("DELETE FROM work_item WHERE plan_id = :p AND year = 2016").param("p", PLAN).update();
    TestUsers.ensure(accounts, LANZHOU, "CITY", "620100", null);
    TestUsers.ensure(accounts, TIANSHUI, "CITY", "620500", null);
    provincial =
        workItems.add(
            PLAN,
            2016,
            "TK-5.1.4-01",
            "认定第一批“专精特新”中小企业",
            "认定名单（省工信厅文件）",
            LocalDate.parse("2016-06-30"),
            "gxt",
            "admin",
            "test");
    lanzhou =
        workItems.add(
            PLAN,
            2016,
            "TK-5.1.4-01",
            "推荐兰州市“专精特新”企业",
            "推荐名单",
            LocalDate.parse("2016-09-30"),
            "city-620100",
            "admin",
            "test");
  }

  WorkItem item(long id) {
    return workItems.items(PLAN, 2016, WorkItems.Filter.ALL).stream()
        .filter(i -> i.id() == id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anItemPastItsDueDateAndNotDoneIsLaggingUntilReportedDone() throws Exception {
    assertThat(item(provincial).state()).isEqualTo("lagging");
    String page =
        mvc.perform(get("/plans/{id}/supervision/2016", PLAN).with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("认定第一批“专精特新”中小企业", "滞后", "省工业和信息化厅");

    byte[] xlsx =
        mvc.perform(get("/plans/{id}/supervision/2016/ledger.xlsx", PLAN).with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Row header = workbook.getSheetAt(0).getRow(0);
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("状态");
      Row first = workbook.getSheetAt(0).getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("TK-5.1.4-01");
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("2016-06-30");
      assertThat(first.getCell(7).getStringCellValue()).isEqualTo("滞后");
    }

    workItems.report(
        PLAN,
        provincial,
        "2016-Q3",
        "done",
        "认定首批32户",
        null,
        List.of(),
        DataScope.everything(true),
        "admin",
        "test");

    assertThat(item(provincial).state()).isEqualTo("done");
    assertThat(item(provincial).latest().narrative()).isEqualTo("认定首批32户");
    assertThat(annualPlans.annualPlan(PLAN, 2016).workItems())
        .extracting(WorkItem::id)
        .contains(provincial, lanzhou);
  }

  @Test
  void aCitysBureauReportsOnItsGovernmentsItemsOnly() throws Exception {
    mvc.perform(
            post("/plans/{id}/supervision/2016/items/{i}/reports", PLAN, lanzhou)
                .with(TestUsers.as(LANZHOU))
                .with(csrf())
                .param("period", "2016-Q3")
                .param("state", "in_progress")
                .param("narrative", "已推荐12户"))
        .andExpect(status().is3xxRedirection());
    assertThat(item(lanzhou).latest().reportedBy()).isEqualTo(LANZHOU);

    mvc.perform(
            post("/plans/{id}/supervision/2016/items/{i}/reports", PLAN, lanzhou)
                .with(TestUsers.as(TIANSHUI))
                .with(csrf())
                .param("period", "2016-Q4")
                .param("state", "done")
                .param("narrative", "完成"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/plans/{id}/supervision/2016/items/{i}/reports", PLAN, provincial)
                .with(TestUsers.as(LANZHOU))
                .with(csrf())
                .param("period", "2016-Q4")
                .param("state", "done")
                .param("narrative", "完成"))
        .andExpect(status().isForbidden());
    assertThat(item(lanzhou).latest().period()).isEqualTo("2016-Q3");
  }

  @Test
  void aRefusedItemOrReportSaysWhyAndChangesNothing() {
    DataScope province = DataScope.everything(true);
    assertThatThrownBy(
            () ->
                workItems.report(
                    PLAN,
                    provincial,
                    "2016-Q4",
                    "cancelled",
                    "不再推进",
                    " ",
                    List.of(),
                    province,
                    "admin",
                    "test"))
        .hasMessage("a cancelled work item gives its reason");
    assertThatThrownBy(
            () ->
                workItems.report(
                    PLAN,
                    provincial,
                    "2017-Q1",
                    "done",
                    "完成",
                    null,
                    List.of(),
                    province,
                    "admin",
                    "test"))
        .hasMessage("the period is a quarter of 2016, such as 2016-Q2");
    assertThatThrownBy(
            () ->
                workItems.add(
                    PLAN,
                    2016,
                    "TK-5.1.4-01",
                    "事项",
                    "成果",
                    LocalDate.parse("2017-01-31"),
                    "gxt",
                    "admin",
                    "test"))
        .hasMessage("the due date must fall within 2016");
    assertThatThrownBy(
            () ->
                workItems.report(
                    PLAN,
                    lanzhou,
                    "2016-Q3",
                    "done",
                    "完成",
                    null,
                    List.of(),
                    DataScope.region(RegionCode.of("620500")),
                    TIANSHUI,
                    "test"))
        .hasMessage("only the responsible unit reports on a work item");

    assertThat(item(provincial).latest()).isNull();
    assertThat(workItems.items(PLAN, 2016, WorkItems.Filter.ALL)).hasSize(2);
  }

  @Test
  void aCityReportsWithEvidenceWhichComesBackAsUploadedAndARenamedProgramIsRefused()
      throws Exception {
    byte[] photo = new byte[2048];
    new java.util.Random(11).nextBytes(photo);
    System.arraycopy(
        new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}, 0, photo, 0, 8);
    byte[] pdf = "%PDF-1.4\n% 推荐名单\n".getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart("/api/plans/{id}/work-items/{i}/reports", PLAN, lanzhou)
                .file(new MockMultipartFile("evidence", "推荐会现场.png", "image/png", photo))
                .file(new MockMultipartFile("evidence", "推荐名单.pdf", "application/pdf", pdf))
                .param("period", "2016-Q3")
                .param("state", "done")
                .param("narrative", "推荐企业12户")
                .with(TestUsers.as(LANZHOU))
                .with(csrf()))
        .andExpect(status().isOk());

    WorkItemReport latest = item(lanzhou).latest();
    assertThat(latest.evidence())
        .extracting(WorkItemReport.Evidence::fileName, WorkItemReport.Evidence::sizeBytes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("推荐会现场.png", 2048),
            org.assertj.core.groups.Tuple.tuple("推荐名单.pdf", pdf.length));
    WorkItemReport.Evidence stored = latest.evidence().get(0);
    assertThat(stored.contentType()).isEqualTo("image/png");
    byte[] back =
        mvc.perform(
                get(
                        "/plans/{id}/supervision/2016/items/{i}/evidence/{e}",
                        PLAN,
                        lanzhou,
                        stored.id())
                    .with(TestUsers.as(LANZHOU)))
            .andExpect(status().isOk())
            .andExpect(header().string("X-Content-SHA256", stored.sha256()))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(back).isEqualTo(photo);
    String ledger =
        mvc.perform(get("/plans/{id}/supervision/2016", PLAN).with(TestUsers.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(ledger).contains("推荐会现场.png", "推荐名单.pdf", "/evidence/" + stored.id());

    // an executable renamed to .pdf refuses the whole report: neither the state nor the file kept
    byte[] program = "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1);
    mvc.perform(
            multipart("/api/plans/{id}/work-items/{i}/reports", PLAN, provincial)
                .file(new MockMultipartFile("evidence", "认定文件.pdf", "application/pdf", program))
                .param("period", "2016-Q3")
                .param("state", "done")
                .param("narrative", "认定完成")
                .with(TestUsers.admin())
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("evidence.type"))
        .andExpect(
            jsonPath("$.messageZh")
                .value("附件 认定文件.pdf 须为 JPEG、PNG 照片或 PDF、Word、Excel 文档，且内容与扩展名相符"));
    assertThat(item(provincial).latest()).isNull();
    assertThat(item(provincial).state()).isEqualTo("lagging");
  }
}
