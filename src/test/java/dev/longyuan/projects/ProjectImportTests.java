package dev.longyuan.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.DataScope;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The projects workbook, all or nothing, in Gulang (古浪县) and Linxia county (临夏县), which no other
 * test uses.
 */
@PlatformTest
class ProjectImportTests {

  static final String[] PROJECT_HEADER = {
    "项目编号", "项目名称", "业主单位统一社会信用代码", "业主单位名称", "所在县区代码", "规划行业代码", "国民经济行业代码",
    "产业链代码", "产业基地代码", "开发区代码", "总投资（万元）", "开工日期", "计划竣工日期", "状态"
  };

  @Autowired ProjectImports imports;

  @Autowired Projects projects;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  @BeforeEach
  void noImportedProjects() {
    Drafts.deleteProjects(jdbc, "IM-");
  }

  static Object[] project(
      String code, String region, String chain, String base, String start, String finish) {
    return new Object[] {
      code,
      "导入项目 " + code,
      "",
      "导入业主",
      region,
      "agri-food",
      "",
      chain,
      base,
      "",
      10000,
      start,
      finish,
      "在建"
    };
  }

  static byte[] workbook(
      List<Object[]> projects,
      List<Object[]> plans,
      List<Object[]> milestones,
      List<Object[]> reports)
      throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheet(book, "项目", PROJECT_HEADER, projects);
      sheet(book, "年度计划", new String[] {"项目编号", "年度", "计划投资（万元）"}, plans);
      sheet(book, "里程碑", new String[] {"项目编号", "里程碑", "计划完成日期", "实际完成日期"}, milestones);
      sheet(book, "月度进展", new String[] {"项目编号", "月份", "当月完成投资（万元）", "进展情况"}, reports);
      book.write(out);
      return out.toByteArray();
    }
  }

  static void sheet(XSSFWorkbook book, String name, String[] header, List<Object[]> rows) {
    Sheet sheet = book.createSheet(name);
    List<Object[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (int r = 0; r < all.size(); r++) {
      Row row = sheet.createRow(r);
      Object[] cells = all.get(r);
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else {
          row.createCell(c).setCellValue((String) cells[c]);
        }
      }
    }
  }

  @Test
  void aFileWithBadRowsChangesNothingAndListsEveryOne() throws Exception {
    byte[] file =
        workbook(
            List.of(
                project("IM-1", "620622", "", "agri-processing-base", "2019-01-01", "2020-12-31"),
                project("IM-2", "999999", "", "", "2019-01-01", "2020-12-31"),
                project("IM-3", "620622", "no-such-chain", "", "2019-01-01", "2020-12-31"),
                project("IM-4", "622921", "", "", "2020-01-01", "2019-12-31"),
                project("IM-1", "620622", "", "", "2019-01-01", "2020-12-31"),
                project("IM-5", "620622", "", "no-such-base", "2019-01-01", "2020-12-31")),
            List.<Object[]>of(new Object[] {"IM-1", 2019, 20000}),
            List.<Object[]>of(new Object[] {"IM-9", "开工", "2019-03-31", ""}),
            List.<Object[]>of(new Object[] {"IM-1", "2019-05", 12000, "超出总投资"}));
    ProjectImport result =
        imports.importWorkbook("bad.xlsx", file, DataScope.everything(true), "test");
    assertThat(result.accepted()).isFalse();
    assertThat(result.errors())
        .extracting(ImportError::row, ImportError::column, ImportError::code)
        .containsExactlyInAnyOrder(
            tuple(3, "项目/所在县区代码", "region.unknown"),
            tuple(4, "项目/产业链代码", "chain.unknown"),
            tuple(5, "项目/计划竣工日期", "finish.before_start"),
            tuple(6, "项目/项目编号", "code.duplicate"),
            tuple(7, "项目/产业基地代码", "base.unknown"),
            tuple(2, "年度计划/计划投资（万元）", "planned.above_total"),
            tuple(2, "里程碑/项目编号", "project.unknown"),
            tuple(2, "月度进展/当月完成投资（万元）", "completed.above_total"));
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.messageZh()).isNotBlank());
    assertThat(
            jdbc.sql("SELECT count(*) FROM project WHERE code LIKE 'IM-%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aSoundFileWritesEverySheet() throws Exception {
    byte[] file =
        workbook(
            List.<Object[]>of(
                project("IM-1", "620622", "", "agri-processing-base", "2019-01-01", "2020-12-31")),
            List.<Object[]>of(new Object[] {"IM-1", 2019, 4000}, new Object[] {"IM-1", 2020, 6000}),
            List.<Object[]>of(
                new Object[] {"IM-1", "开工", "2019-03-31", "2019-04-10"},
                new Object[] {"IM-1", "竣工", "2020-12-31", ""}),
            List.<Object[]>of(
                new Object[] {"IM-1", "2019-05", 1200, "基础施工"},
                new Object[] {"IM-1", "2019年6月", 800, "主体施工"}));
    ProjectImport result =
        imports.importWorkbook("good.xlsx", file, DataScope.everything(true), "test");
    assertThat(result.errors()).isEmpty();
    assertThat(result)
        .extracting(
            ProjectImport::projects,
            ProjectImport::yearPlans,
            ProjectImport::milestones,
            ProjectImport::reports)
        .containsExactly(1, 2, 2, 2);
    ProjectDetail detail = projects.detail("IM-1", DataScope.everything(false));
    assertThat(detail.project().base()).isEqualTo("agri-processing-base");
    assertThat(detail.planned()).isEqualByComparingTo("10000");
    assertThat(detail.completed()).isEqualByComparingTo("2000");
    assertThat(detail.milestones()).extracting(Milestone::name).containsExactly("开工", "竣工");
    assertThat(detail.reports())
        .extracting(ProgressReport::period)
        .containsExactly("2019-06", "2019-05");
    // the same file again: its project exists now, so all of it is refused
    ProjectImport again =
        imports.importWorkbook("good.xlsx", file, DataScope.everything(true), "test");
    assertThat(again.errors())
        .extracting(ImportError::code)
        .contains("code.duplicate", "period.duplicate");
    assertThat(projects.detail("IM-1", DataScope.everything(false)).milestones()).hasSize(2);
  }

  @Test
  void theApiRefusesABadFileWithEveryRowAndA400() throws Exception {
    byte[] file =
        workbook(
            List.of(
                project("IM-6", "999999", "", "", "2019-01-01", "2020-12-31"),
                project("IM-7", "620622", "", "", "2020-01-01", "2019-01-01")),
            List.of(),
            List.of(),
            List.of());
    mvc.perform(
            multipart("/api/projects/imports")
                .file(new MockMultipartFile("file", "bad.xlsx", "application/octet-stream", file))
                .with(TestUsers.admin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].row").value(2))
        .andExpect(jsonPath("$.errors[1].code").value("finish.before_start"));
  }
}
