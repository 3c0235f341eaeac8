package dev.longyuan.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The market workbook, all or nothing, for enterprises in Guazhou county (瓜州县, 620922). */
@PlatformTest
class MarketImportTests {

  static final String GUAZHOU = "620922";

  @Autowired MarketImports imports;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  @Autowired Accounts accounts;

  String enterprise;

  @BeforeEach
  void anEnterpriseInGuazhou() {
    enterprise = MarketFixtures.enterprise(reporting, "1003", 1, "瓜州测试风电装备有限公司", GUAZHOU);
  }

  /** The template filled with one demand and the given supply rows. */
  byte[] workbook(Object[]... supplies) throws Exception {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(imports.template()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row demand = book.getSheet("需求").createRow(1);
      Object[] demandCells = {
        "风机塔筒法兰",
        "锻造 3MW 配套",
        "C3415",
        40,
        "套",
        GUAZHOU,
        "瓜州北大桥风电场",
        LocalDate.now().plusDays(120).toString(),
        200,
        "李工",
        "",
        ""
      };
      fill(demand, demandCells);
      Sheet sheet = book.getSheet("供给");
      for (int i = 0; i < supplies.length; i++) {
        fill(sheet.createRow(i + 1), supplies[i]);
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  static void fill(Row row, Object[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else {
        row.createCell(c).setCellValue(cells[c].toString());
      }
    }
  }

  Object[] supply(
      String product, Object capacity, String category, Object priceMin, Object priceMax) {
    return new Object[] {
      enterprise, product, "3MW", category, capacity, "套", GUAZHOU, priceMin, priceMax, "CCC", ""
    };
  }

  int rows(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }

  @Test
  void aGoodWorkbookPostsEveryRow() throws Exception {
    int demands = rows("market_demand");
    int supplies = rows("market_supply");
    MarketImport done =
        imports.importWorkbook(
            workbook(
                supply("风电塔筒", 30, "C3415", 1_200_000, 1_500_000),
                supply("塔筒法兰", 50, "C3415", 80_000, 95_000)),
            DataScope.enterprise(enterprise),
            "test");
    assertThat(done.errors()).isEmpty();
    assertThat(done.demands()).isEqualTo(1);
    assertThat(done.supplies()).isEqualTo(2);
    assertThat(rows("market_demand")).isEqualTo(demands + 1);
    assertThat(rows("market_supply")).isEqualTo(supplies + 2);
  }

  @Test
  void oneBadRowRefusesTheWholeFileAndEveryBadRowIsNamed() throws Exception {
    int demands = rows("market_demand");
    int supplies = rows("market_supply");
    MarketImport done =
        imports.importWorkbook(
            workbook(
                supply("风电塔筒", 30, "C3415", 1_200_000, 1_500_000),
                supply("塔筒法兰", "五十", "C3415", 80_000, 95_000),
                supply("叶片", 10, "C9999", 500_000, 400_000)),
            DataScope.enterprise(enterprise),
            "test");
    assertThat(done.accepted()).isFalse();
    assertThat(done.errors())
        .extracting(ImportError::row, ImportError::column, ImportError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "供给!月产能", "number.invalid"),
            org.assertj.core.groups.Tuple.tuple(4, "供给!类别代码", "category.unknown"),
            org.assertj.core.groups.Tuple.tuple(4, "供给!最高价（元）", "price.range"));
    assertThat(done.errors().get(0).messageZh()).contains("不是数字", "五十");
    assertThat(done.errors().get(0).messageEn()).contains("not a number");
    assertThat(rows("market_demand")).isEqualTo(demands);
    assertThat(rows("market_supply")).isEqualTo(supplies);
  }

  @Test
  void anotherEnterprisesRowsAreRefusedOnTheApiWith400() throws Exception {
    String stranger = MarketFixtures.enterprise(reporting, "1003", 2, "瓜州测试其他企业", GUAZHOU);
    TestUsers.ensure(accounts, "market-import-ent", "ENTERPRISE", null, stranger);
    int supplies = rows("market_supply");
    mvc.perform(
            multipart("/api/market/imports")
                .file(
                    new MockMultipartFile(
                        "file",
                        "market.xlsx",
                        "application/octet-stream",
                        workbook(supply("风电塔筒", 30, "C3415", 1, 2))))
                .with(TestUsers.as("market-import-ent")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("scope.outside"))
        .andExpect(jsonPath("$.errors[0].row").value(2))
        .andExpect(jsonPath("$.errors[0].column").value("供给!企业统一社会信用代码"));
    assertThat(rows("market_supply")).isEqualTo(supplies);
  }
}
