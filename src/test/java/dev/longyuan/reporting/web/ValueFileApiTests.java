package dev.longyuan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PlatformTest
// the province administrator: what other roles may do is AuthorizationMatrixTests' and
// DataScopeTests'
@WithMockUser(TestUsers.ADMIN)
class ValueFileApiTests {

  static final String REFINERY = CreditCode.withCheckCharacter("91620100APE000001").value();

  @Autowired MockMvc mvc;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerTheRefineryWithNoValues() {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(REFINERY),
                "测试石化有限公司",
                RegionCode.of("620103"),
                IndustryCode.of("C2511"),
                SizeClass.LARGE,
                "国有",
                false)),
        List.of(new PanelMembership(CreditCode.of(REFINERY), 2019, true)));
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :u").param("u", REFINERY).update();
    jdbc.sql("DELETE FROM data_value_audit WHERE reporting_unit = :u")
        .param("u", REFINERY)
        .update();
  }

  String csv(String... rows) {
    return "data_element,reporting_unit,period,measure,value,previous_year_value,comment\n"
        + String.join("\n", rows)
        + "\n";
  }

  MockMultipartFile file(String name, String content) {
    return new MockMultipartFile(
        "file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
  }

  long storedForRefinery() {
    return jdbc.sql("SELECT count(*) FROM data_value WHERE reporting_unit = :u")
        .param("u", REFINERY)
        .query(Long.class)
        .single();
  }

  String good() {
    return csv(
        "GO," + REFINERY + ",2019-01/02,ytd,812345.6,790000,",
        "VA," + REFINERY + ",2019-01/02,ytd,203000.1,199000,\"含1月、2月\"",
        "P_CRUDE_PROC," + REFINERY + ",2019-01/02,ytd,95.12,93.4,");
  }

  @Test
  void importsACsvFileAndAnswersWithTheCounts() throws Exception {
    mvc.perform(multipart("/api/data/imports").file(file("values.csv", good())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created", is(3)))
        .andExpect(jsonPath("$.updated", is(0)))
        .andExpect(jsonPath("$.unchanged", is(0)));

    mvc.perform(multipart("/api/data/imports").file(file("values.csv", good())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created", is(0)))
        .andExpect(jsonPath("$.unchanged", is(3)));
  }

  @Test
  void aDryRunChecksWithoutWriting() throws Exception {
    mvc.perform(
            multipart("/api/data/imports").file(file("values.csv", good())).param("dryRun", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dryRun", is(true)))
        .andExpect(jsonPath("$.created", is(3)));

    assertThat(storedForRefinery()).isZero();
  }

  @Test
  void refusesAFileMixingGoodAndBadRowsListingEveryBadRowAndWritingNothing() throws Exception {
    String mixed =
        csv(
            "GO," + REFINERY + ",2019-03,ytd,1000,,",
            "NOPE," + REFINERY + ",2019-03,ytd,1,,",
            "GO,ABCDEFGHJKLMNPQRT0,2019-03,ytd,1,,",
            "GO," + REFINERY + ",2019-04,ytd,abc,,",
            "GO," + REFINERY + ",2019-03,ytd,1000,,",
            "GO," + REFINERY + ",2019-02,ytd,1,,",
            "VA," + REFINERY + ",2019-03,ytd,200,,");

    mvc.perform(multipart("/api/data/imports").file(file("mixed.csv", mixed)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors", hasSize(5)))
        .andExpect(jsonPath("$.errors[0].row", is(3)))
        .andExpect(jsonPath("$.errors[0].column", is("data_element")))
        .andExpect(jsonPath("$.errors[0].code", is("element.unknown")))
        .andExpect(jsonPath("$.errors[1].row", is(4)))
        .andExpect(jsonPath("$.errors[1].code", is("unit.invalid_credit_code")))
        .andExpect(jsonPath("$.errors[2].row", is(5)))
        .andExpect(jsonPath("$.errors[2].messageEn", is("\"abc\" is not a number")))
        .andExpect(jsonPath("$.errors[2].messageZh", is("“abc”不是数字")))
        .andExpect(jsonPath("$.errors[3].row", is(6)))
        .andExpect(jsonPath("$.errors[3].code", is("key.duplicate")))
        .andExpect(jsonPath("$.errors[4].row", is(7)))
        .andExpect(jsonPath("$.errors[4].code", is("period.invalid")));

    assertThat(storedForRefinery()).isZero();
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() throws Exception {
    mvc.perform(multipart("/api/data/imports").file(file("x.csv", "element,unit\nGO,1\n")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code", is("header.missing_column")));
  }

  @Nested
  class Export {

    @Test
    void givesBackWhatWasImportedInEveryFormat() throws Exception {
      mvc.perform(multipart("/api/data/imports").file(file("values.csv", good())))
          .andExpect(status().isOk());

      for (String format : List.of("csv", "xlsx", "sdmx", "json")) {
        MvcResult started =
            mvc.perform(
                    get("/api/data/values")
                        .param("reportingUnit", REFINERY)
                        .param("format", format))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] body =
            mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        String name = format.equals("sdmx") ? "back.csv" : "back." + format;

        MvcResult back =
            mvc.perform(
                    multipart("/api/data/imports")
                        .file(
                            new MockMultipartFile("file", name, "application/octet-stream", body)))
                .andReturn();
        assertThat(back.getResponse().getStatus())
            .as(format + ": " + back.getResponse().getContentAsString())
            .isEqualTo(200);
        assertThat(back.getResponse().getContentAsString())
            .contains("\"rows\":3")
            .contains("\"unchanged\":3");
      }
    }

    @Test
    void listsValuesAsJsonWithoutAFormat() throws Exception {
      mvc.perform(multipart("/api/data/imports").file(file("values.csv", good())))
          .andExpect(status().isOk());

      mvc.perform(
              get("/api/data/values").param("reportingUnit", REFINERY).param("dataElement", "VA"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$", hasSize(1)))
          .andExpect(jsonPath("$[0].value", is(203000.1)))
          .andExpect(jsonPath("$[0].previousYearValue", is(199000)))
          .andExpect(jsonPath("$[0].period", is("2019-01/02")))
          .andExpect(jsonPath("$[0].comment", is("含1月、2月")));
    }
  }

  @Test
  void servesTheExcelTemplateOfEachForm() throws Exception {
    MvcResult template =
        mvc.perform(get("/data/forms/ENT-M/template.xlsx")).andExpect(status().isOk()).andReturn();

    assertThat(template.getResponse().getContentAsByteArray()).startsWith(new byte[] {'P', 'K'});
    mvc.perform(get("/data/forms/NOPE/template.xlsx")).andExpect(status().isNotFound());
  }

  @Test
  void listsEnterprisesOfARegionAndSector() throws Exception {
    mvc.perform(get("/api/enterprises").param("region", "620100").param("sector", "petrochemical"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.creditCode == '" + REFINERY + "')].name")
                .value(org.hamcrest.Matchers.hasItem("测试石化有限公司")));
    mvc.perform(get("/api/enterprises").param("region", "620200"))
        .andExpect(jsonPath("$[?(@.creditCode == '" + REFINERY + "')]", hasSize(0)));
    mvc.perform(get("/api/enterprises").param("region", "620100").param("sector", "no-such-sector"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  void listsTheDataElements() throws Exception {
    mvc.perform(get("/api/data/elements"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == 'VA')].unit").value(org.hamcrest.Matchers.hasItem("万元")))
        .andExpect(
            jsonPath("$[?(@.code == 'PATENTS')].kind")
                .value(org.hamcrest.Matchers.hasItem("stock")));
  }
}
