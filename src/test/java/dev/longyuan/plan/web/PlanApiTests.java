package dev.longyuan.plan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.plan.PlanFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class PlanApiTests {

  static final String GANSU = "/api/plans/gansu-13fyp-industry";

  @Autowired MockMvc mvc;

  @Test
  void listsTheShippedPlan() throws Exception {
    mvc.perform(get("/api/plans"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                "$[?(@.id == 'gansu-13fyp-industry')].documentNumber", hasItem("甘政办发〔2016〕151号")))
        .andExpect(jsonPath("$[?(@.id == 'gansu-13fyp-industry')].baseYear", hasItem(2015)))
        .andExpect(jsonPath("$[?(@.id == 'gansu-13fyp-industry')].targetYear", hasItem(2020)));
  }

  @Test
  void servesThePlanWholeWithItsText() throws Exception {
    mvc.perform(get(GANSU))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.titleZh", is("甘肃省“十三五”工业转型升级规划")))
        .andExpect(jsonPath("$.sections[?(@.id == '2.3.1')].titleZh", hasItem("工业平稳增长")))
        .andExpect(
            jsonPath(
                "$.indicatorTable.corrections[?(@.printed == '十二五（2020）')].corrected",
                hasItem("十三五（2020）")));
  }

  @Nested
  class Indicators {

    @Test
    void holdTheElevenRowsOfTheTableAsCorrected() throws Exception {
      mvc.perform(get(GANSU + "/indicators"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$", hasSize(11)))
          .andExpect(jsonPath("$[0].nameZh", is("全部工业增加值增速")))
          .andExpect(jsonPath("$[0].baseline", is(11.4)))
          .andExpect(jsonPath("$[0].target", is(7.5)))
          .andExpect(jsonPath("$[0].corrections[0].printed", is("47.5")))
          .andExpect(jsonPath("$[0].corrections[0].corrected", is("7.5")))
          .andExpect(jsonPath("$[7].target", is(52)))
          .andExpect(jsonPath("$[7].baseline", is(69)))
          .andExpect(jsonPath("$[7].attribute", is("binding")))
          .andExpect(jsonPath("$[5].attribute", is("binding")))
          .andExpect(jsonPath("$[5].target").value(org.hamcrest.Matchers.nullValue()));
    }
  }

  @Nested
  class Targets {

    @Test
    void holdEveryTargetOfThePlanFileInItsFields() throws Exception {
      int inFile;
      try (InputStream in = getClass().getResourceAsStream("/plans/gansu-13fyp-industry.yaml")) {
        inFile =
            PlanFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                .validPlan()
                .orElseThrow()
                .targets()
                .size();
      }
      mvc.perform(get(GANSU + "/targets"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$", hasSize(inFile)))
          .andExpect(jsonPath("$[0].code").exists())
          .andExpect(jsonPath("$[0].nameEn").exists())
          .andExpect(jsonPath("$[0].valueMax").hasJsonPath())
          .andExpect(jsonPath("$[0].countBasis").hasJsonPath());
    }

    @Test
    void stateTheGrowthTargetAsTheSentenceDoes() throws Exception {
      String growth = "$[?(@.code == 'T-2.3.1-01')]";
      mvc.perform(get(GANSU + "/targets"))
          .andExpect(jsonPath(growth + ".sourceText", hasItem("全部工业增加值力争年均增长7.5%左右")))
          .andExpect(jsonPath(growth + ".value", hasItem(7.5)))
          .andExpect(jsonPath(growth + ".comparator", hasItem("≈")))
          .andExpect(jsonPath(growth + ".kind", hasItem("average_annual_growth")))
          .andExpect(jsonPath(growth + ".unit", hasItem("%")));
    }

    @Test
    void stateTheCoalCapacityWithdrawalAsAdditions() throws Exception {
      mvc.perform(get(GANSU + "/targets"))
          .andExpect(jsonPath("$[?(@.sourceText == '煤炭行业逐步退出1000万吨产能')].value", hasItem(1000)))
          .andExpect(jsonPath("$[?(@.sourceText == '煤炭行业逐步退出1000万吨产能')].unit", hasItem("万吨")))
          .andExpect(
              jsonPath(
                  "$[?(@.sourceText == '煤炭行业逐步退出1000万吨产能')].kind", hasItem("cumulative_count")))
          .andExpect(
              jsonPath(
                  "$[?(@.sourceText == '煤炭行业逐步退出1000万吨产能')].countBasis", hasItem("additions")));
    }
  }

  @Test
  void listsTwelveSectorsWithTheirIndustryCodes() throws Exception {
    mvc.perform(get(GANSU + "/sectors"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(12)))
        .andExpect(jsonPath("$[?(@.group == 'traditional')]", hasSize(7)))
        .andExpect(jsonPath("$[?(@.group == 'emerging')]", hasSize(5)))
        .andExpect(jsonPath("$[?(@.nameZh == '建材工业')].industryCodes[0]", hasItem("C30")));
  }

  @Test
  void listsGansuItsFourteenCitiesAndPrefecturesAndTheirCounties() throws Exception {
    mvc.perform(get(GANSU + "/regions"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.level == 'province')].code", hasItem("620000")))
        .andExpect(jsonPath("$[?(@.level == 'prefecture')]", hasSize(14)))
        .andExpect(jsonPath("$[?(@.level == 'county')]", hasSize(86)))
        .andExpect(jsonPath("$[?(@.code == '623000')].nameZh", hasItem("甘南藏族自治州")))
        .andExpect(jsonPath("$[?(@.code == '620171')].level", hasItem("new_area")));
  }

  @Test
  void answersAnUnknownPlanWith404AndAProblemInBothLanguages() throws Exception {
    mvc.perform(get("/api/plans/no-such-plan/targets"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code", is("plan.not_found")))
        .andExpect(jsonPath("$.detail", containsString("not found: no-such-plan")))
        .andExpect(jsonPath("$.detail", containsString("没有找到")));
  }

  @Test
  void describesTheApiInOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/plans/{planId}/targets']").exists())
        .andExpect(jsonPath("$.paths['/api/plans/{planId}/regions']").exists());
  }

  @Test
  void reportsHealth() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"status\":\"UP\"")));
  }
}
