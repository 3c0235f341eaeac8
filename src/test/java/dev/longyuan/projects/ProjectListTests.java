package dev.longyuan.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list's filters and totals against sums done by hand. Four projects, three in Longnan (陇南市)
 * and one in Gannan (甘南州), which no other test uses:
 *
 * <pre>
 * LT-1 621202 nonferrous building   total 10000  plans 2018 2000, 2019 4000, 2020 4000
 *      reports 2018-05 300, 2019-01 500, 2019-06 700                         (2018–2020)
 * LT-2 621221 agri-food  completed  total  5000  plan 2019 5000; reports 2019-03 1000, 2019-09 2500
 * LT-3 623001 nonferrous building   total  8000  plan 2019 3000; report 2019-02 400  (2017–2021)
 * LT-4 621202 nonferrous suspended  total  2000  plans 2016 1000, 2017 1000; report 2016-05 100
 * </pre>
 */
@PlatformTest
class ProjectListTests {

  @Autowired Projects projects;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  final DataScope province = DataScope.everything(true);

  @BeforeEach
  void fourProjects() {
    // the two prefectures are this class's alone: whatever an earlier run left there goes
    jdbc.sql("DELETE FROM project WHERE region_code LIKE '6212%' OR region_code LIKE '6230%'")
        .update();
    create(
        Drafts.placed(
            Drafts.project(
                "LT-1",
                "621202",
                "nonferrous",
                "在建",
                10000,
                "2018-03-01",
                "2020-12-31",
                2018,
                2000,
                2019,
                4000,
                2020,
                4000),
            "jinchang-coal-power-metal",
            "nonferrous-new-materials-base",
            null),
        "2018-05",
        300,
        "2019-01",
        500,
        "2019-06",
        700);
    create(
        Drafts.project(
            "LT-2",
            "621221",
            "agri-food",
            "completed",
            5000,
            "2019-01-01",
            "2019-12-31",
            2019,
            5000),
        "2019-03",
        1000,
        "2019-09",
        2500);
    create(
        Drafts.project(
            "LT-3",
            "623001",
            "nonferrous",
            "building",
            8000,
            "2017-01-01",
            "2021-06-30",
            2019,
            3000),
        "2019-02",
        400);
    create(
        Drafts.project(
            "LT-4",
            "621202",
            "nonferrous",
            "停缓建",
            2000,
            "2016-01-01",
            "2017-12-31",
            2016,
            1000,
            2017,
            1000),
        "2016-05",
        100);
  }

  void create(ProjectDraft draft, Object... periodsAndAmounts) {
    projects.create(draft, province, "test");
    for (int i = 0; i < periodsAndAmounts.length; i += 2) {
      projects.fileReport(
          draft.code(),
          Drafts.report((String) periodsAndAmounts[i], (Integer) periodsAndAmounts[i + 1]),
          province,
          "test");
    }
  }

  ProjectList list(
      @Nullable String region,
      @Nullable String sector,
      @Nullable String chain,
      @Nullable ProjectStatus status,
      @Nullable Integer year) {
    return projects.list(new ProjectFilter(region, sector, chain, null, status, year), province);
  }

  static List<String> codes(ProjectList list) {
    return list.projects().stream().map(r -> r.project().code()).toList();
  }

  @Test
  void aCitySumsItsCountiesProjectsOverAllYears() {
    ProjectList longnan = list("621200", null, null, null, null);
    assertThat(codes(longnan)).containsExactly("LT-1", "LT-2", "LT-4");
    assertThat(longnan.totalInvestment()).isEqualByComparingTo("17000");
    assertThat(longnan.planned()).isEqualByComparingTo("17000");
    assertThat(longnan.completed()).isEqualByComparingTo("5100"); // 1500 + 3500 + 100
    assertThat(longnan.cities())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.code()).isEqualTo("621200");
              assertThat(c.projects()).isEqualTo(3);
              assertThat(c.totalInvestment()).isEqualByComparingTo("17000");
            });
  }

  @Test
  void aYearListsTheProjectsUnderWayWithThatYearsFigures() {
    ProjectList in2019 = list("621200", null, null, null, 2019);
    assertThat(codes(in2019)).containsExactly("LT-1", "LT-2"); // LT-4 ended in 2017
    assertThat(in2019.totalInvestment()).isEqualByComparingTo("15000");
    assertThat(in2019.planned()).isEqualByComparingTo("9000"); // 4000 + 5000
    assertThat(in2019.completed()).isEqualByComparingTo("4700"); // 500 + 700 + 1000 + 2500
    ProjectList gannan = list("623000", null, null, null, 2019);
    assertThat(codes(gannan)).containsExactly("LT-3");
    assertThat(gannan.planned()).isEqualByComparingTo("3000");
    assertThat(gannan.completed()).isEqualByComparingTo("400");
  }

  @Test
  void sectorChainAndStatusNarrowTheList() {
    ProjectList nonferrous = list("621200", "nonferrous", null, null, 2019);
    assertThat(codes(nonferrous)).containsExactly("LT-1");
    assertThat(nonferrous.planned()).isEqualByComparingTo("4000");
    assertThat(nonferrous.completed()).isEqualByComparingTo("1200");
    assertThat(codes(list("621200", null, "jinchang-coal-power-metal", null, null)))
        .containsExactly("LT-1");
    assertThat(codes(list("621200", null, null, ProjectStatus.SUSPENDED, null)))
        .containsExactly("LT-4");
    assertThat(codes(list("621202", null, null, null, null))).containsExactly("LT-1", "LT-4");
  }

  @Test
  void theProjectPageSumsEachYearPlannedAndCompleted() {
    ProjectDetail lt1 = projects.detail("LT-1", province);
    assertThat(lt1.years())
        .extracting(
            YearInvestment::year, y -> y.planned().intValue(), y -> y.completed().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2018, 2000, 300),
            org.assertj.core.groups.Tuple.tuple(2019, 4000, 1200),
            org.assertj.core.groups.Tuple.tuple(2020, 4000, 0));
    assertThat(lt1.completed()).isEqualByComparingTo(new BigDecimal("1500"));
  }

  @Test
  void theApiAndThePageShowTheSameTotals() throws Exception {
    mvc.perform(
            get("/api/projects")
                .param("region", "621200")
                .param("year", "2019")
                .with(TestUsers.admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.projects.length()").value(2))
        .andExpect(jsonPath("$.planned").value(9000.0))
        .andExpect(jsonPath("$.completed").value(4700.0))
        .andExpect(jsonPath("$.totalInvestment").value(15000.0));
    String html =
        mvc.perform(
                get("/projects")
                    .param("region", "621200")
                    .param("year", "2019")
                    .with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Document page = Jsoup.parse(html);
    assertThat(page.select("#total-count").text()).isEqualTo("2");
    assertThat(page.select("#total-planned").text()).isEqualTo("9,000.00");
    assertThat(page.select("#total-completed").text()).isEqualTo("4,700.00");
    assertThat(page.select("#projects tbody tr")).hasSize(2);
    assertThat(page.select("#map-data").html()).contains("\"621200\"", "1.50"); // 15000 万元 = 1.5 亿元
  }
}
