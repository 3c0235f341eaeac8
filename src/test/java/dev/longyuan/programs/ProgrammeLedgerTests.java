package dev.longyuan.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.AuditLog;
import dev.longyuan.analytics.RegisterFigure;
import dev.longyuan.analytics.RegisterFigures;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Programmes and the ledger on crafted data in a county of 甘南 where no other enterprise of the
 * shared test database sits: four enterprises' 专精特新 recognitions, whose counts a reader checks by
 * hand, and twelve cement works whose capacities, withdrawals and output give utilisation and
 * concentration to the hundredth.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeLedgerTests {

  static final List<String> CANDIDATES =
      List.of("623027", "623026", "623025", "623024", "623023", "623022", "623021");

  /** Four SMEs: granted 2015; 2016, withdrawn 2018; 2018; 2019. */
  static final List<String> SMES =
      IntStream.rangeClosed(1, 4)
          .mapToObj(i -> CreditCode.withCheckCharacter("91623000PRGM0000" + i).value())
          .toList();

  /** Twelve cement works: ten of 50 万吨, two of 25. */
  static final List<String> KILNS =
      IntStream.rangeClosed(1, 12)
          .mapToObj(
              i -> CreditCode.withCheckCharacter(String.format("91623000CMNT%05d", i)).value())
          .toList();

  @Autowired Programmes programmes;
  @Autowired List<RegisterFigures> registers;
  @Autowired ReportingService reporting;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired ConfigurableApplicationContext context;
  @LocalServerPort int port;

  String county;
  final DataScope province = DataScope.everything(true);

  @BeforeAll
  void craftTheCounty() {
    List<String> ours = new ArrayList<>(SMES);
    ours.addAll(KILNS);
    county =
        CANDIDATES.stream()
            .filter(
                code ->
                    jdbc.sql(
                                "SELECT count(*) FROM enterprise WHERE region_code = :c"
                                    + " AND credit_code NOT IN (:ours)")
                            .param("c", code)
                            .param("ours", ours)
                            .query(Integer.class)
                            .single()
                        == 0)
            .findFirst()
            .orElseThrow();
    List<Enterprise> enterprises = new ArrayList<>();
    for (String code : SMES) {
      enterprises.add(enterprise(code, "专精测试企业" + code.charAt(15), "C3311", SizeClass.SMALL));
    }
    for (String code : KILNS) {
      enterprises.add(
          enterprise(code, "水泥测试企业" + code.substring(13, 17), "C3011", SizeClass.MEDIUM));
    }
    reporting.registerEnterprises(enterprises, List.of());
    for (String table :
        List.of("programme_recognition", "capacity_withdrawal", "capacity_statement")) {
      jdbc.sql("DELETE FROM " + table + " WHERE region_code = :c").param("c", county).update();
    }
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u)").param("u", KILNS).update();
    jdbc.sql("DELETE FROM capacity_statement WHERE enterprise_code IN (:u)")
        .param("u", KILNS)
        .update();

    programmes.recordRecognitions(
        List.of(
            recognition(1, SMES.get(0), 2015, null),
            recognition(2, SMES.get(1), 2016, 2018),
            recognition(3, SMES.get(2), 2018, null),
            recognition(4, SMES.get(3), 2019, null)),
        province,
        "programme-test",
        "test",
        false,
        false);

    List<Numbered<NewCapacity>> capacities = new ArrayList<>();
    for (int i = 0; i < KILNS.size(); i++) {
      capacities.add(
          new Numbered<>(
              i + 1,
              new NewCapacity(
                  "cement",
                  KILNS.get(i),
                  new BigDecimal(i < 10 ? "50" : "25"),
                  LocalDate.of(2015, 12, 31),
                  "测试产能")));
    }
    programmes.recordCapacities(capacities, province, "programme-test", "test", false, false);
    programmes.recordWithdrawals(
        List.of(
            withdrawal(1, KILNS.get(11), "2016-05-01", "10", "去产能〔2016〕1号"),
            withdrawal(2, KILNS.get(11), "2017-06-01", "15", "去产能〔2017〕1号"),
            withdrawal(3, KILNS.get(10), "2017-09-01", "5", "去产能〔2017〕2号")),
        province,
        "programme-test",
        "test",
        false,
        false);

    // cement output: 385 万吨 in 2015, 416 in 2017 (one works reports the county's output)
    List<ValueRow> rows = new ArrayList<>();
    rows.add(new ValueRow(2, null, "P_CEMENT", KILNS.get(0), "2015-12", "ytd", "385", null, null));
    rows.add(new ValueRow(3, null, "P_CEMENT", KILNS.get(0), "2017-12", "ytd", "416", null, null));
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "cement.csv",
                        "csv",
                        "-",
                        false,
                        "programme-test",
                        "reported",
                        "approved",
                        null,
                        province),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  @Nested
  class Recognitions {

    @Test
    void aProgrammesCountEachYearIsItsRecognitionsValidAtTheYearsEnd() {
      Map<Integer, RegisterFigure> figures =
          register("programme:specialised-sme")
              .figures(
                  "programme:specialised-sme", county, List.of(2015, 2016, 2017, 2018, 2019, 2020));
      // 2015: the first; 2016–17: two; 2018: the second withdrawn, the third granted; 2019–20:
      // three
      assertThat(figures.values().stream().map(f -> f.value().intValue()))
          .containsExactly(1, 2, 2, 2, 3, 3);
      assertThat(figures.get(2020).basisZh()).startsWith("2020年末有效认定 3 项");
      assertThat(figures.get(2020).basisEn()).startsWith("3 recognitions valid at the end of 2020");
      assertThat(figures.get(2020).synthetic()).isFalse();
      for (int year = 2015; year <= 2020; year++) {
        assertThat(
                programmes.recognitions(province, "specialised-sme", county, null, null, year, 100))
            .hasSize(figures.get(year).value().intValue());
      }
      ProgrammeCount count =
          programmes.counts(province, county, List.of(2019, 2020)).stream()
              .filter(c -> c.programme().code().equals("specialised-sme"))
              .findFirst()
              .orElseThrow();
      assertThat(count.byYear()).containsEntry(2019, 3).containsEntry(2020, 3);
      assertThat(count.targetCode()).isEqualTo("T-5.1.4-02");
      assertThat(count.targetValue()).isEqualByComparingTo("200");
    }

    @Test
    void listsBySectorAndLevel() {
      assertThat(
              programmes.recognitions(province, "specialised-sme", county, "C33", null, null, 100))
          .hasSize(4);
      assertThat(
              programmes.recognitions(province, "specialised-sme", county, "C30", null, null, 100))
          .isEmpty();
      assertThat(
              programmes.recognitions(
                  province, "specialised-sme", county, null, "national", null, 100))
          .isEmpty();
    }

    @Test
    void keepsOnlyTheSeriesItHas() {
      assertThat(register("programme:specialised-sme").keeps("programme:no-such")).isFalse();
      assertThat(register("programme:specialised-sme").keeps("capacity-withdrawn:coal")).isTrue();
      assertThat(register("programme:specialised-sme").keeps("capacity-utilisation:cement"))
          .isTrue();
    }
  }

  @Nested
  class Capacity {

    @Test
    void withdrawalsAreGivenYearByYearAndCumulateInTheLedger() {
      Map<Integer, RegisterFigure> withdrawn =
          register("capacity-withdrawn:cement")
              .figures("capacity-withdrawn:cement", county, List.of(2015, 2016, 2017, 2018));
      assertThat(withdrawn.values().stream().map(f -> f.value().toPlainString()))
          .containsExactly("0", "10.00", "20.00", "0");
      assertThat(withdrawn.get(2017).basisZh()).isEqualTo("2017年退出产能 20.00 万吨，2 笔");
      CapacityLedger cement =
          programmes.ledgers(province, county, List.of(2015, 2016, 2017, 2018)).stream()
              .filter(l -> l.product().code().equals("cement"))
              .findFirst()
              .orElseThrow();
      assertThat(cement.years().stream().map(y -> y.withdrawnSinceBase().intValue()))
          .containsExactly(0, 10, 30, 30);
      assertThat(cement.years().stream().map(y -> y.capacityAtEnd().intValue()))
          .containsExactly(550, 540, 520, 520);
    }

    @Test
    void cementUtilisationIsOutputOverYearEndCapacityAndConcentrationTheTenLargestsShare() {
      // 2015: 385 / 550 = 70.00%; ten of 50 = 500 / 550 = 90.91%
      // 2017: 416 / 520 = 80.00%; 500 / 520 = 96.15% (the small works closed or cut)
      Map<Integer, RegisterFigure> utilisation =
          register("capacity-utilisation:cement")
              .figures("capacity-utilisation:cement", county, List.of(2015, 2016, 2017));
      assertThat(utilisation.get(2015).value()).isEqualByComparingTo("70.00");
      assertThat(utilisation).doesNotContainKey(2016); // no output reported that year
      assertThat(utilisation.get(2017).value()).isEqualByComparingTo("80.00");
      Map<Integer, RegisterFigure> concentration =
          register("capacity-concentration:cement")
              .figures("capacity-concentration:cement", county, List.of(2015, 2017));
      assertThat(concentration.get(2015).value()).isEqualByComparingTo("90.91");
      assertThat(concentration.get(2017).value()).isEqualByComparingTo("96.15");
      assertThat(concentration.get(2017).basisEn())
          .contains("500.00", "520.00", "all 11 enterprises");
    }

    @Test
    void aWithdrawalBeyondTheRemainingCapacityIsRefusedAndChangesNothing() {
      int before = programmes.withdrawals(province, "cement", county).size();
      assertThatThrownBy(
              () ->
                  programmes.recordWithdrawals(
                      List.of(withdrawal(1, KILNS.get(10), "2018-01-01", "30", "超量")),
                      province,
                      "programme-test",
                      "test",
                      false,
                      false))
          .isInstanceOfSatisfying(
              ProgrammesRefused.class,
              r ->
                  assertThat(r.errors())
                      .singleElement()
                      .satisfies(
                          e -> {
                            assertThat(e.code()).isEqualTo("withdrawal.exceeds_capacity");
                            assertThat(e.messageZh()).contains("剩余产能 20.00");
                          }));
      assertThat(programmes.withdrawals(province, "cement", county)).hasSize(before);
    }
  }

  @Nested
  class Imports {

    @Test
    void aFileWithBadRowsChangesNothingAndListsEachOne() throws Exception {
      int before = countRecognitions();
      byte[] file =
          recognitionsFile(
              new Object[] {
                "service-manufacturing-demo", SMES.get(0), "", "", "", "省级", 2017, "", "a"
              },
              new Object[] {
                "service-manufacturing-demo", "91623000NOSUCH000", "", "", "", "省级", 2017, "", "b"
              },
              new Object[] {"no-such-programme", SMES.get(1), "", "", "", "省级", 2017, "", "c"},
              new Object[] {
                "service-manufacturing-demo", SMES.get(1), "", "", "", "省级", 1980, "", "d"
              },
              new Object[] {
                "service-manufacturing-demo", SMES.get(2), "", "", "", "省级", 2018, 2017, "e"
              },
              new Object[] {
                "specialised-sme", SMES.get(0), "", "", "", "provincial", 2015, "", "f"
              },
              new Object[] {
                "service-manufacturing-demo", SMES.get(0), "", "", "", "省级", 2017, "", "g"
              },
              new Object[] {
                "service-manufacturing-demo", SMES.get(3), "", "", "", "省级", "二〇一七", "", "h"
              });
      assertThatThrownBy(
              () -> programmes.importWorkbook(file, province, "programme-test", "test", false))
          .isInstanceOfSatisfying(
              ProgrammesRefused.class,
              r ->
                  assertThat(r.errors())
                      .extracting(ImportError::row, ImportError::code)
                      .containsExactly(
                          Tuple.tuple(3, "enterprise.unknown"),
                          Tuple.tuple(4, "programme.unknown"),
                          Tuple.tuple(5, "year.out_of_range"),
                          Tuple.tuple(6, "year.withdrawn_before_granted"),
                          Tuple.tuple(7, "recognition.duplicate"),
                          Tuple.tuple(8, "recognition.duplicate"),
                          Tuple.tuple(9, "year.invalid")));
      assertThat(countRecognitions()).isEqualTo(before);

      mvc.perform(
              multipart("/api/programmes/imports")
                  .file(new MockMultipartFile("file", "bad.xlsx", null, file))
                  .with(TestUsers.admin()))
          .andExpect(status().isUnprocessableContent())
          .andExpect(jsonPath("$.errors", hasSize(7)))
          .andExpect(jsonPath("$.errors[0].column", is("企业统一社会信用代码")));
      assertThat(countRecognitions()).isEqualTo(before);
    }

    @Test
    void theTemplateHasChineseHeadersAndReadsBackEmpty() {
      byte[] template = programmes.template("withdrawals").orElseThrow();
      assertThatThrownBy(() -> programmes.importWorkbook(template, province, "t", "test", true))
          .isInstanceOfSatisfying(
              ProgrammesRefused.class, r -> assertThat(r.code()).isEqualTo("file.no_rows"));
    }
  }

  @Nested
  class Pages {

    @Test
    void aProvinceAdministratorWithdrawsARecognitionAndTheAuditLogSaysSo() throws Exception {
      programmes.recordRecognitions(
          List.of(
              new Numbered<>(
                  0,
                  new NewRecognition(
                      "tech-centre",
                      SMES.get(3),
                      null,
                      null,
                      null,
                      "provincial",
                      2017,
                      null,
                      "甘工信发〔2017〕9号"))),
          province,
          "programme-test",
          "test",
          false,
          false);
      Recognition centre =
          programmes.recognitions(province, "tech-centre", county, null, null, null, 10).get(0);
      // before it was granted: refused, nothing changed
      mvc.perform(
              post("/programmes/recognitions/" + centre.id() + "/withdraw")
                  .param("year", "2016")
                  .with(csrf())
                  .with(TestUsers.admin()))
          .andExpect(status().is3xxRedirection())
          .andExpect(flash().attributeExists("errors"));
      assertThat(programmes.recognition(province, centre.id()).orElseThrow().yearWithdrawn())
          .isNull();
      mvc.perform(
              post("/programmes/recognitions/" + centre.id() + "/withdraw")
                  .param("year", "2019")
                  .with(csrf())
                  .with(TestUsers.admin()))
          .andExpect(status().is3xxRedirection())
          .andExpect(flash().attribute("saved", true));
      assertThat(programmes.recognition(province, centre.id()).orElseThrow().yearWithdrawn())
          .isEqualTo(2019);
      assertThat(audit.find(TestUsers.ADMIN, "programmes.recognition.withdraw", null, null, 10, 0))
          .anySatisfy(
              e ->
                  assertThat(e.detail())
                      .isEqualTo("recognition " + centre.id() + " withdrawn in 2019"));
    }
  }

  @Nested
  class CommandLine {

    @Test
    void importsAFileOnceAndRefusesItTheSecondTime() throws Exception {
      byte[] template = programmes.template("capacities").orElseThrow();
      byte[] file;
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        Row row = workbook.getSheet("产能").createRow(1);
        row.createCell(0).setCellValue("flat-glass");
        row.createCell(1).setCellValue(KILNS.get(0));
        row.createCell(2).setCellValue(120);
        row.createCell(3).setCellValue("2016-12-31");
        row.createCell(4).setCellValue("测试");
        workbook.write(out);
        file = out.toByteArray();
      }
      Path path = Files.createTempFile("capacities", ".xlsx");
      try {
        Files.write(path, file);
        assertThat(cli("import", path.toString(), "--dry-run")).isZero();
        assertThat(programmes.statements(province, "flat-glass", county)).isEmpty();
        assertThat(cli("import", path.toString())).isZero();
        assertThat(programmes.statements(province, "flat-glass", county))
            .singleElement()
            .satisfies(s -> assertThat(s.capacity()).isEqualByComparingTo("120"));
        assertThat(cli("import", path.toString())).isEqualTo(1);
        assertThat(programmes.statements(province, "flat-glass", county)).hasSize(1);
      } finally {
        Files.delete(path);
      }
    }

    private int cli(String... args) {
      PrintStream quiet =
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      return ProgrammesCommandLine.run(List.of(args), context, quiet, quiet);
    }
  }

  @Nested
  class Api {

    @Test
    void aRecognitionPostedAloneAnswers201AndABadOne400WithTheReason() throws Exception {
      mvc.perform(
              post("/api/programmes/recognitions")
                  .with(TestUsers.admin())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"programmeCode":"green-factory","enterpriseCode":"%s","level":"national",
                       "yearGranted":2019,"documentNumber":"工信部节函〔2019〕1号"}
                      """
                          .formatted(SMES.get(2))))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.stored", is(1)));
      mvc.perform(
              post("/api/programmes/recognitions")
                  .with(TestUsers.admin())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"programmeCode":"green-factory","enterpriseCode":"%s","level":"national",
                       "yearGranted":2019}
                      """
                          .formatted(SMES.get(2))))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code", is("recognition.duplicate")))
          .andExpect(jsonPath("$.messageEn").exists());
      mvc.perform(
              post("/api/programmes/capacity/withdrawals")
                  .with(TestUsers.admin())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"productCode":"cement","enterpriseCode":"%s","withdrawnOn":"2019-03-01",
                       "amount":1000,"documentNumber":"超量"}
                      """
                          .formatted(KILNS.get(0))))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code", is("withdrawal.exceeds_capacity")));
    }
  }

  @Test
  void theCataloguePageShowsCountsBesideTheTargetsWithNoConsoleErrors() throws Exception {
    ChromeDriver browser = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      browser.get("http://localhost:" + port + "/programmes?lang=zh&region=" + county);
      List<String> cells =
          browser.findElements(By.cssSelector("#programme-specialised-sme td")).stream()
              .map(e -> e.getText().strip())
              .toList();
      assertThat(cells.get(0)).startsWith("“专精特新”中小企业");
      assertThat(cells.subList(1, 7)).containsExactly("1", "2", "2", "2", "3", "3");
      assertThat(cells.get(7)).contains("T-5.1.4-02", "≥ 200", "户");
      // a county is not judged against the province's target
      assertThat(cells.get(8)).isEqualTo("—");
      HeadlessChromium.screenshot(browser, "programmes");
      browser.get(
          "http://localhost:" + port + "/programmes/specialised-sme?lang=en&region=" + county);
      HeadlessChromium.waitFor(
          browser, By.cssSelector("#programme-chart[data-rendered=true] canvas"));
      assertThat(browser.findElements(By.cssSelector("#recognitions tbody tr"))).hasSize(4);
      // in the order granted: 2015, 2016 (withdrawn 2018), 2018, 2019
      assertThat(
              browser.findElements(By.cssSelector("#recognitions tbody td:nth-child(6)")).stream()
                  .map(e -> e.getText().strip()))
          .containsExactly("—", "2018", "—", "—");
      browser.get("http://localhost:" + port + "/programmes/capacity?lang=zh&region=" + county);
      assertThat(browser.findElement(By.id("cement-2017")).getText()).contains("80.00", "96.15");
      HeadlessChromium.screenshot(browser, "programmes-capacity");
      assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  private RegisterFigures register(String series) {
    return registers.stream().filter(r -> r.keeps(series)).findFirst().orElseThrow();
  }

  private int countRecognitions() {
    return jdbc.sql("SELECT count(*) FROM programme_recognition").query(Integer.class).single();
  }

  private Enterprise enterprise(String code, String name, String industry, SizeClass size) {
    return new Enterprise(
        CreditCode.of(code),
        name,
        RegionCode.of(county),
        IndustryCode.of(industry),
        size,
        "私营",
        false);
  }

  private static Numbered<NewRecognition> recognition(
      int row, String enterprise, int granted, @Nullable Integer withdrawn) {
    return new Numbered<>(
        row,
        new NewRecognition(
            "specialised-sme",
            enterprise,
            null,
            null,
            null,
            "provincial",
            granted,
            withdrawn,
            "甘工信发〔" + granted + "〕" + row + "号"));
  }

  private static Numbered<NewWithdrawal> withdrawal(
      int row, String enterprise, String on, String amount, String document) {
    return new Numbered<>(
        row,
        new NewWithdrawal(
            "cement", enterprise, LocalDate.parse(on), new BigDecimal(amount), document));
  }

  private static byte[] recognitionsFile(Object[]... rows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("认定");
      List<String> headers =
          List.of("项目代码", "企业统一社会信用代码", "开发区代码", "园区名称", "园区行政区划代码", "级别", "认定年份", "撤销年份", "文号");
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Integer n) {
            row.createCell(c).setCellValue(n);
          } else {
            row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
