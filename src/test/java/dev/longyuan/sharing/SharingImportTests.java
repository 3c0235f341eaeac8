package dev.longyuan.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The resources workbook of an enterprise in Shandan county (山丹县, 620725): a bad row refuses the
 * whole file, naming every bad row, column and reason in Chinese and English, and registers
 * nothing; a good file registers every row.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingImportTests {

  static final List<String> HEADERS =
      List.of(
          "资源种类",
          "名称",
          "所属企业统一社会信用代码",
          "所在县区代码",
          "规格参数",
          "开放星期",
          "开放时间",
          "开放起始日期",
          "开放截止日期",
          "停用日期",
          "价格条款",
          "联系方式",
          "密级",
          "工艺",
          "月产能",
          "产能单位");

  @Autowired MockMvc mvc;
  @Autowired Sharing sharing;
  @Autowired ReportingService reporting;

  String owner;

  @BeforeAll
  void anOwner() {
    owner = SharingFixtures.enterprise(reporting, "3501", 1, "山丹测试检测技术有限公司（模拟数据）", "620725");
  }

  List<String> row(String kind, String name, String county, String process, String capacity) {
    return List.of(
        kind,
        name,
        owner,
        county,
        "光谱仪 波长 190–800nm",
        "1-5",
        "08:30-17:00",
        "2027-01-04",
        "",
        "2027-02-10;2027-02-11",
        "每样品 300 元",
        "孙工 0936-0000001",
        "公开",
        process,
        capacity,
        capacity.isEmpty() ? "" : "吨");
  }

  static byte[] workbook(List<List<String>> rows) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("共享资源");
      List<List<String>> all = new java.util.ArrayList<>();
      all.add(HEADERS);
      all.addAll(rows);
      for (int r = 0; r < all.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < all.get(r).size(); c++) {
          row.createCell(c).setCellValue(all.get(r).get(c));
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aBadRowRefusesTheWholeFileNamingRowColumnAndReason() throws Exception {
    byte[] file =
        workbook(
            List.of(
                row("检验检测能力", "山丹测试光谱仪甲（模拟数据）", "620725", "", ""),
                row("激光器", "山丹测试光谱仪乙（模拟数据）", "629999", "", ""),
                row("富余产能", "山丹测试铸造产能（模拟数据）", "620725", "", "300")));
    mvc.perform(
            multipart("/api/sharing/imports")
                .file(new MockMultipartFile("file", "resources.xlsx", null, file))
                .with(TestUsers.admin())
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("共享资源!资源种类"))
        .andExpect(jsonPath("$.errors[0].code").value("kind.unknown"))
        .andExpect(jsonPath("$.errors[1].row").value(3))
        .andExpect(jsonPath("$.errors[1].column").value("共享资源!所在县区代码"))
        .andExpect(jsonPath("$.errors[1].messageZh").value("“629999”不是规划中的行政区划代码"))
        .andExpect(
            jsonPath("$.errors[1].messageEn")
                .value("\"629999\" is not one of the plan's region codes"))
        .andExpect(jsonPath("$.errors[2].row").value(4))
        .andExpect(jsonPath("$.errors[2].column").value("共享资源!工艺"))
        .andExpect(jsonPath("$.errors[2].code").value("process.unknown"));
    // the good first row was not registered either
    assertThat(sharing.directory(filter("山丹测试光谱仪甲"), viewer())).isEmpty();
    // the page lists the same problems by row
    String page =
        mvc.perform(
                multipart("/sharing/import")
                    .file(new MockMultipartFile("file", "resources.xlsx", null, file))
                    .with(TestUsers.admin())
                    .with(csrf()))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("第 3 行，共享资源!资源种类：未知资源种类“激光器”", "第 4 行，共享资源!工艺：");
  }

  @Test
  void aGoodFileRegistersEveryRow() throws Exception {
    String suffix = Long.toString(System.currentTimeMillis());
    byte[] file =
        workbook(
            List.of(
                row("检验检测能力", "山丹测试光谱仪丙" + suffix, "620725", "", ""),
                row("富余产能", "山丹测试锻造产能" + suffix, "620725", "FORGING", "300")));
    mvc.perform(
            multipart("/api/sharing/imports")
                .file(new MockMultipartFile("file", "resources.xlsx", null, file))
                .with(TestUsers.admin())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.registered").value(2));
    List<ResourceView> found = sharing.directory(filter(suffix), viewer());
    assertThat(found)
        .extracting(ResourceView::name)
        .containsExactly("山丹测试光谱仪丙" + suffix, "山丹测试锻造产能" + suffix);
    assertThat(found.get(0).blockedDates()).isEqualTo("2027-02-10;2027-02-11");
    assertThat(found.get(0).openHours()).isEqualTo("08:30-17:00");
    assertThat(found.get(1).processCode()).isEqualTo("FORGING");
  }

  static Sharing.Filter filter(String text) {
    return new Sharing.Filter(null, null, null, null, text);
  }

  static Viewer viewer() {
    return new Viewer(DataScope.everything(false), "test", false);
  }
}
