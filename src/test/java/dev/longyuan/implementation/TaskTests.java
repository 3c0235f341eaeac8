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
import dev.longyuan.accounts.AuditLog;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tasks of a small plan (培育一批骨干企业, 支持炼油装置升级改造) with the units its file proposes, and the
 * province assigning them: the assignment is kept with its reason beside the proposal, audited, and
 * a refused one changes nothing.
 */
@PlatformTest
class TaskTests {

  static final String PLAN = "tasks-test-plan";

  @Autowired MockMvc mvc;

  @Autowired PlanCatalog plans;

  @Autowired JdbcClient jdbc;

  @Autowired AuditLog audit;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @BeforeEach
  void storeThePlan() throws Exception {
    String yaml;
    try (InputStream in = getClass().getResourceAsStream("/test-plans/minimal-plan.yaml")) {
      yaml =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("id: minimal-plan", "id: " + PLAN);
    }
    Plan plan = PlanFile.read(yaml).validPlan().orElseThrow();
    plans.store(plan, "sha-tasks-test");
    jdbc.sql("DELETE FROM task_assignment WHERE plan_id = :p").param("p", PLAN).update();
  }

  @Test
  void theApiListsEachTaskWithItsSentenceAndTheUnitsTheFileProposes() throws Exception {
    mvc.perform(get("/api/plans/{id}/tasks", PLAN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].code").value("TK-2.1-01"))
        .andExpect(jsonPath("$[0].title").value("培育骨干企业"))
        .andExpect(jsonPath("$[0].sourceText").value("培育一批骨干企业"))
        .andExpect(jsonPath("$[0].section").value("2.1"))
        .andExpect(jsonPath("$[0].leadUnit").value("gxj"))
        .andExpect(jsonPath("$[0].coUnits[0]").value("fgw"))
        .andExpect(jsonPath("$[0].unitsBasis").value("default"))
        .andExpect(jsonPath("$[0].targets[0]").value("T-2.1-01"))
        .andExpect(jsonPath("$[1].places[1]").value("lanzhou-petrochemical-chain"))
        .andExpect(jsonPath("$[1].unitsBasis").value("plan"));
    mvc.perform(get("/api/plans/{id}/tasks?unit=city-620100", PLAN))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].code").value("TK-2.2.1-01"));
    mvc.perform(get("/api/plans/{id}/tasks?target=T-2.1-01", PLAN))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].code").value("TK-2.1-01"));
  }

  @Test
  void theProvinceAssignsTheUnitsWithAReasonKeptBesideTheProposalAndAudited() throws Exception {
    mvc.perform(
            put("/api/plans/{id}/tasks/{c}/units", PLAN, "TK-2.1-01")
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"leadUnit":"fgw","coUnits":["gxj","city-620100"],"reason":"省政府第12次常务会议分工"}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.leadUnit").value("fgw"))
        .andExpect(jsonPath("$.coUnits[1]").value("city-620100"))
        .andExpect(jsonPath("$.unitsBasis").value("assigned"))
        .andExpect(jsonPath("$.proposedLeadUnit").value("gxj"));

    mvc.perform(get("/api/plans/{id}/tasks/{c}", PLAN, "TK-2.1-01"))
        .andExpect(jsonPath("$.assignments.length()").value(1))
        .andExpect(jsonPath("$.assignments[0].reason").value("省政府第12次常务会议分工"))
        .andExpect(jsonPath("$.assignments[0].assignedBy").value("admin"));
    assertThat(audit.find("admin", "task.assign", null, null, 5, 0))
        .anySatisfy(
            e -> {
              assertThat(e.subject()).isEqualTo(PLAN + " TK-2.1-01");
              assertThat(e.detail()).contains("lead fgw", "co gxj,city-620100");
            });

    String page =
        mvc.perform(get("/plans/{id}/tasks/{c}", PLAN, "TK-2.1-01").with(TestUsers.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("市发展和改革委员会", "规划文件拟定的单位", "省政府第12次常务会议分工");
  }

  @Test
  void aRefusedAssignmentSaysWhyAndChangesNothing() throws Exception {
    mvc.perform(
            put("/api/plans/{id}/tasks/{c}/units", PLAN, "TK-2.1-01")
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"leadUnit\":\"kjt\",\"coUnits\":[],\"reason\":\"调整\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("unit.unknown"))
        .andExpect(jsonPath("$.messageZh").value("规划中没有编码为“kjt”的单位"));
    mvc.perform(
            put("/api/plans/{id}/tasks/{c}/units", PLAN, "TK-2.1-01")
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"leadUnit\":\"fgw\",\"coUnits\":[\"fgw\"],\"reason\":\"调整\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("unit.lead_also_co"));
    mvc.perform(
            post("/plans/{id}/tasks/{c}/units", PLAN, "TK-2.1-01")
                .with(TestUsers.admin())
                .with(csrf())
                .param("leadUnit", "fgw")
                .param("coUnits", "gxj")
                .param("reason", " "))
        .andExpect(status().isBadRequest());
    mvc.perform(
            put("/api/plans/{id}/tasks/{c}/units", PLAN, "TK-9-99")
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"leadUnit\":\"fgw\",\"reason\":\"调整\"}"))
        .andExpect(status().isNotFound());

    mvc.perform(get("/api/plans/{id}/tasks/{c}", PLAN, "TK-2.1-01"))
        .andExpect(jsonPath("$.task.leadUnit").value("gxj"))
        .andExpect(jsonPath("$.assignments.length()").value(0));
  }

  @Test
  void theListShowsTasksByChapterWithTheirUnitsAndLinksToTheSentence() throws Exception {
    String page =
        mvc.perform(get("/plans/{id}/tasks?chapter=2", PLAN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(page)
        .contains("支持炼油装置升级改造", "市工业和信息化委员会", "兰州市人民政府", "拟定，待确认")
        .contains("highlight=TK-2.2.1-01");
    String text =
        mvc.perform(get("/plans/{id}/text?highlight=TK-2.2.1-01", PLAN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(text).contains("<mark>支持炼油装置升级改造</mark>");
  }

  @Test
  void anAdministratorAssignsATasksUnitsInTheBrowserAndTheGansuTasksAreListedByChapter()
      throws Exception {
    org.openqa.selenium.chrome.ChromeDriver browser = dev.longyuan.HeadlessChromium.start();
    try {
      dev.longyuan.HeadlessChromium.signIn(
          browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      browser.get("http://localhost:" + port + "/plans/" + PLAN + "/tasks/TK-2.2.1-01?lang=zh");
      browser
          .findElement(
              org.openqa.selenium.By.cssSelector(
                  "select[name=leadUnit] option[value='city-620100']"))
          .click();
      var co = browser.findElement(org.openqa.selenium.By.name("coUnits"));
      co.clear();
      co.sendKeys("gxj，fgw");
      browser.findElement(org.openqa.selenium.By.name("reason")).sendKeys("由市政府牵头推进");
      browser.findElement(org.openqa.selenium.By.cssSelector("#assign-form button")).click();
      dev.longyuan.HeadlessChromium.waitFor(browser, org.openqa.selenium.By.id("message"));

      assertThat(browser.findElement(org.openqa.selenium.By.id("lead")).getText())
          .startsWith("兰州市人民政府")
          .contains("省级确定");
      assertThat(browser.findElement(org.openqa.selenium.By.id("co")).getText())
          .isEqualTo("市工业和信息化委员会、市发展和改革委员会");
      assertThat(browser.findElement(org.openqa.selenium.By.id("proposed")).getText())
          .isEqualTo("市工业和信息化委员会（兰州市人民政府）");
      assertThat(browser.findElement(org.openqa.selenium.By.id("history")).getText())
          .contains("由市政府牵头推进", "admin");
      dev.longyuan.HeadlessChromium.screenshot(browser, "task-assigned");

      browser.get(
          "http://localhost:" + port + "/plans/gansu-13fyp-industry/tasks?chapter=5&lang=zh");
      assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("table.tasks tbody tr")))
          .hasSize(
              (int)
                  plans.plan("gansu-13fyp-industry").orElseThrow().tasks().stream()
                      .filter(t -> t.section().startsWith("5"))
                      .count());
      assertThat(browser.findElement(org.openqa.selenium.By.id("task-TK-5.1.4-01")).getText())
          .contains("省工业和信息化厅");
      dev.longyuan.HeadlessChromium.screenshot(browser, "tasks-chapter-5");
      assertThat(dev.longyuan.HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }
}
