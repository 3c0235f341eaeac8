package dev.longyuan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Gansu plan's 2017 implementation plan: each target broken down to 2017 on its own path, as a
 * planner would by hand, then set otherwise with a reason and approved.
 */
@PlatformTest
class AnnualPlanTests {

  static final String PLAN = "gansu-13fyp-industry";

  @Autowired AnnualPlans annualPlans;

  @Autowired MockMvc mvc;

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void noPlanFor2017Yet() {
    jdbc.sql("DELETE FROM annual_target WHERE plan_id = :p AND year = 2017")
        .param("p", PLAN)
        .update();
    jdbc.sql("DELETE FROM annual_plan WHERE plan_id = :p AND year = 2017")
        .param("p", PLAN)
        .update();
  }

  AnnualTarget target(AnnualPlan plan, String code) {
    return plan.targets().stream().filter(t -> t.targetCode().equals(code)).findFirst().get();
  }

  @Test
  void eachTargetIsBrokenDownTo2017OnItsOwnPath() {
    AnnualPlan plan = annualPlans.annualPlan(PLAN, 2017);

    assertThat(plan.status()).isEqualTo("draft");
    // 年均增长7.5%: 7.5% in 2017 as in every year
    assertThat(target(plan, "T-2.3.1-01").derived()).isEqualByComparingTo("7.5");
    // R&D 0.6% in 2015 to 1% in 2020 in equal steps: 0.6 + 0.4 × 2/5 = 0.76
    AnnualTarget research = target(plan, "T-2.3.3-01");
    assertThat(research.baseValue()).isEqualByComparingTo("0.6");
    assertThat(research.derived()).isEqualByComparingTo("0.76");
    assertThat(research.methodZh()).isEqualTo("由2015年的0.6等步达到2020年的1：2017年的值");
    // patents per 亿元 of revenue are a rate, not a count: 0.2 + 0.2 × 2/5 = 0.28, not rounded up
    assertThat(target(plan, "T-2.3.3-02").derived()).isEqualByComparingTo("0.28");
    // 100 major technical problems solved by 2020: 40 by 2017, a whole number
    assertThat(target(plan, "T-2.3.3-05").derived()).isEqualByComparingTo("40");
    // water per unit of value added down 23% by 2020, compounded evenly: 1 − 0.77^(2/5) = 9.93%
    assertThat(target(plan, "T-2.3.4-01").derived()).isEqualByComparingTo("9.93");
    // 1000万吨 of coal capacity withdrawn by 2020, a fifth a year: 400 by 2017
    assertThat(target(plan, "T-5.3.2-01").derived()).isEqualByComparingTo("400.00");
    // 单位工业增加值能耗完成“十三五”目标任务 is not quantified: no yearly value
    assertThat(plan.targets()).noneMatch(t -> t.targetCode().equals("T-2.3.4-02"));
    assertThat(plan.targets()).allSatisfy(t -> assertThat(t.value()).isEqualTo(t.derived()));
  }

  @Test
  void theProvinceSetsAYearsValueWithAReasonThenApprovesTheYear() throws Exception {
    mvc.perform(
            put("/api/plans/{id}/annual-plans/2017/targets/T-2.3.1-01", PLAN)
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":7,\"note\":\"省政府工作报告确定2017年增长7%左右\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.targets[?(@.targetCode == 'T-2.3.1-01')].value").value(7))
        .andExpect(jsonPath("$.targets[?(@.targetCode == 'T-2.3.1-01')].derived").value(7.5))
        .andExpect(jsonPath("$.targets[?(@.targetCode == 'T-2.3.1-01')].setBy").value("admin"));

    mvc.perform(
            post("/api/plans/{id}/annual-plans/2017/approval", PLAN)
                .with(TestUsers.admin())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("approved"))
        .andExpect(jsonPath("$.approvedBy").value("admin"));

    mvc.perform(
            put("/api/plans/{id}/annual-plans/2017/targets/T-2.3.1-01", PLAN)
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":8,\"note\":\"再调整\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("annual_plan.approved"))
        .andExpect(jsonPath("$.messageZh").value("2017年度实施方案已批准，不能再修改"));
    assertThat(target(annualPlans.annualPlan(PLAN, 2017), "T-2.3.1-01").value())
        .isEqualByComparingTo(new BigDecimal("7"));

    String page =
        mvc.perform(get("/plans/{id}/annual-plans/2017", PLAN).with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("2017年度实施方案", "已由 admin", "省政府工作报告确定2017年增长7%左右")
        .doesNotContain("approve-form");
  }

  @Test
  void aRefusedValueSaysWhyAndChangesNothing() throws Exception {
    mvc.perform(
            put("/api/plans/{id}/annual-plans/2017/targets/T-2.3.1-01", PLAN)
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":7,\"note\":\"  \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("note.missing"));
    mvc.perform(
            put("/api/plans/{id}/annual-plans/2017/targets/T-9-99", PLAN)
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":7,\"note\":\"调整\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/plans/{id}/annual-plans/2017/targets/T-2.3.1-01", PLAN)
                .with(TestUsers.admin())
                .with(csrf())
                .param("value", "七")
                .param("note", "调整"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/plans/{id}/annual-plans/2015", PLAN).with(TestUsers.admin()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("year.outside"));

    assertThat(annualPlans.annualPlan(PLAN, 2017).targets()).noneMatch(AnnualTarget::edited);
  }
}
