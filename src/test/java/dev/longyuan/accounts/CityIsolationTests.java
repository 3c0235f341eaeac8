package dev.longyuan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueFiles;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A Lanzhou (兰州市) bureau user tries every route at Jiayuguan's (嘉峪关市) data: values, exports,
 * histories, series, forms, the registry, approvals and imports. Each unit reported GO = 500 for
 * June 2012, which no other test uses.
 */
@PlatformTest
class CityIsolationTests {

  static final String LANZHOU_WORKS = CreditCode.withCheckCharacter("91620102CTYXY0001").value();
  static final String JIAYUGUAN_WORKS = CreditCode.withCheckCharacter("91620200CTYXY0002").value();
  static final String JUNE = "2012-06";
  static final String LANZHOU_USER = "iso-lanzhou";

  @Autowired MockMvc mvc;

  @Autowired Accounts accounts;

  @Autowired ReportingService reporting;

  @Autowired ValueFiles files;

  @Autowired JdbcClient jdbc;

  long provinceImport;

  @BeforeEach
  void reportJuneForBothCities() {
    reporting.registerEnterprises(
        List.of(
            enterprise(LANZHOU_WORKS, "测试隔离甲有限公司", "620102"),
            enterprise(JIAYUGUAN_WORKS, "测试隔离乙有限公司", "620200")),
        List.of());
    TestUsers.ensure(accounts, LANZHOU_USER, "CITY", "620100", null);
    jdbc.sql("DELETE FROM data_value WHERE period = :p").param("p", JUNE).update();
    String csv =
        "data_element,reporting_unit,period,measure,value\n"
            + String.join(
                "",
                List.of(LANZHOU_WORKS, JIAYUGUAN_WORKS, "620100", "620200").stream()
                    .map(unit -> "GO," + unit + "," + JUNE + ",current,500\n")
                    .toList());
    ImportOutcome outcome =
        files.importFile("june.csv", csv.getBytes(StandardCharsets.UTF_8), false, "province");
    assertThat(outcome.errors()).isEmpty();
    provinceImport = outcome.importId();
  }

  static Enterprise enterprise(String code, String name, String region) {
    return new Enterprise(
        CreditCode.of(code),
        name,
        RegionCode.of(region),
        IndustryCode.of("C3120"),
        SizeClass.SMALL,
        "私营",
        false);
  }

  String asLanzhou(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
    var response =
        mvc.perform(request.with(TestUsers.as(LANZHOU_USER)).with(csrf()))
            .andExpect(status().is(expectedStatus))
            .andReturn()
            .getResponse();
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  BigDecimal storedValue(String unit) {
    return jdbc.sql(
            "SELECT value FROM data_value WHERE reporting_unit = :u AND period = :p AND data_element = 'GO'")
        .param("u", unit)
        .param("p", JUNE)
        .query(BigDecimal.class)
        .single();
  }

  @Test
  void readsOnlyItsOwnValuesThroughEveryReadingRoute() throws Exception {
    assertThat(asLanzhou(get("/api/data/values").param("period", JUNE), 200))
        .contains(LANZHOU_WORKS, "\"620100\"")
        .doesNotContain(JIAYUGUAN_WORKS, "\"620200\"");
    assertThat(asLanzhou(get("/api/data/values").param("reportingUnit", JIAYUGUAN_WORKS), 200))
        .isEqualTo("[]");
    assertThat(asLanzhou(get("/data/values").param("period", JUNE), 200))
        .contains(LANZHOU_WORKS)
        .doesNotContain(JIAYUGUAN_WORKS, "测试隔离乙");
    MvcResult started =
        mvc.perform(
                get("/api/data/values")
                    .param("format", "csv")
                    .param("period", JUNE)
                    .with(TestUsers.as(LANZHOU_USER)))
            .andReturn();
    String csv =
        mvc.perform(asyncDispatch(started))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv.lines().filter(line -> line.contains(JUNE)))
        .hasSize(2)
        .noneMatch(line -> line.contains(JIAYUGUAN_WORKS) || line.contains("620200"));
  }

  @Test
  void cannotOpenAnotherCitysHistorySeriesOrForm() throws Exception {
    asLanzhou(
        get("/data/history")
            .param("dataElement", "GO")
            .param("reportingUnit", JIAYUGUAN_WORKS)
            .param("period", JUNE)
            .param("measure", "current"),
        404);
    assertThat(
            asLanzhou(
                get("/api/data/history")
                    .param("dataElement", "GO")
                    .param("reportingUnit", "620200")
                    .param("period", JUNE)
                    .param("measure", "current"),
                200))
        .isEqualTo("[]");
    assertThat(
            asLanzhou(
                get("/api/data/series")
                    .param("dataElement", "GO")
                    .param("reportingUnit", JIAYUGUAN_WORKS)
                    .param("year", "2012"),
                200))
        .isEqualTo("[]");
    asLanzhou(get("/data/form").param("unit", JIAYUGUAN_WORKS).param("period", JUNE), 404);
    asLanzhou(
        get("/data/form.xlsx")
            .param("set", "ENT-M")
            .param("unit", JIAYUGUAN_WORKS)
            .param("period", JUNE),
        404);
    // its own enterprise's form opens
    asLanzhou(get("/data/form").param("unit", LANZHOU_WORKS).param("period", JUNE), 200);
  }

  @Test
  void seesOnlyItsEnterprisesItsQueueItsImportsAndItsIndicators() throws Exception {
    assertThat(asLanzhou(get("/api/enterprises").param("region", "620200"), 200)).isEqualTo("[]");
    assertThat(asLanzhou(get("/api/enterprises").param("region", "620000"), 200))
        .contains(LANZHOU_WORKS)
        .doesNotContain(JIAYUGUAN_WORKS);
    assertThat(asLanzhou(get("/data/enterprises"), 200)).doesNotContain(JIAYUGUAN_WORKS);
    assertThat(asLanzhou(get("/data/approvals"), 200)).doesNotContain(JIAYUGUAN_WORKS);
    asLanzhou(
        get("/api/analytics/indicator")
            .param("definition", "sum(GO)")
            .param("region", "620200")
            .param("period", JUNE)
            .param("measure", "current"),
        403);
    asLanzhou(get("/api/data/imports/" + provinceImport), 404);
    asLanzhou(get("/data/imports/" + provinceImport), 404);
    asLanzhou(get("/data/imports/" + provinceImport + "/errors.csv"), 404);
  }

  @Test
  void cannotChangeAnotherCitysValuesByImportFormOrApproval() throws Exception {
    String csv =
        "data_element,reporting_unit,period,measure,value\n"
            + "GO,"
            + LANZHOU_WORKS
            + ","
            + JUNE
            + ",current,600\n"
            + "GO,"
            + JIAYUGUAN_WORKS
            + ","
            + JUNE
            + ",current,1\n";
    mvc.perform(
            multipart("/api/data/imports")
                .file(
                    new MockMultipartFile(
                        "file", "mixed.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(TestUsers.as(LANZHOU_USER)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("reporting_unit"))
        .andExpect(jsonPath("$.errors[0].code").value("scope.outside"));
    // all or nothing: the Lanzhou row was not written either
    assertThat(storedValue(LANZHOU_WORKS)).isEqualByComparingTo("500");
    assertThat(storedValue(JIAYUGUAN_WORKS)).isEqualByComparingTo("500");

    asLanzhou(
        post("/data/form")
            .param("set", "ENT-M")
            .param("unit", JIAYUGUAN_WORKS)
            .param("period", JUNE)
            .param("GO.current", "2"),
        404);
    assertThat(storedValue(JIAYUGUAN_WORKS)).isEqualByComparingTo("500");

    mvc.perform(
            post("/api/data/approvals")
                .with(TestUsers.as(LANZHOU_USER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"reportingUnit\":\"%s\",\"period\":\"%s\",\"action\":\"approve\"}"
                        .formatted(JIAYUGUAN_WORKS, JUNE)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("scope.outside"));
    assertThat(
            jdbc.sql(
                    "SELECT approved_level FROM data_value WHERE reporting_unit = :u AND period = :p")
                .param("u", JIAYUGUAN_WORKS)
                .param("p", JUNE)
                .query(String.class)
                .optional())
        .isEmpty();
  }
}
