package dev.longyuan.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Projects as the tests write them: a few fields that matter, the rest plain. */
final class Drafts {

  private Drafts() {}

  static ProjectDraft project(
      String code,
      String region,
      String sector,
      String status,
      long total,
      String start,
      String finish,
      long... yearAndPlanned) {
    List<ProjectDraft.YearPlan> plans = new ArrayList<>();
    for (int i = 0; i < yearAndPlanned.length; i += 2) {
      plans.add(
          new ProjectDraft.YearPlan(
              (int) yearAndPlanned[i], BigDecimal.valueOf(yearAndPlanned[i + 1])));
    }
    return new ProjectDraft(
        code,
        null,
        "测试项目 " + code,
        null,
        "测试业主 " + code,
        region,
        sector,
        null,
        null,
        null,
        null,
        BigDecimal.valueOf(total),
        LocalDate.parse(start),
        LocalDate.parse(finish),
        status,
        plans);
  }

  static ProjectDraft placed(
      ProjectDraft d, @Nullable String chain, @Nullable String base, @Nullable String owner) {
    return new ProjectDraft(
        d.code(),
        d.planId(),
        d.name(),
        owner,
        owner == null ? d.ownerName() : null,
        d.regionCode(),
        d.sector(),
        d.industryCode(),
        chain,
        base,
        d.zone(),
        d.totalInvestment(),
        d.startDate(),
        d.plannedFinish(),
        d.status(),
        d.yearPlans());
  }

  static ReportDraft report(String period, long invested) {
    return new ReportDraft(period, BigDecimal.valueOf(invested), "测试进展 " + period, List.of());
  }

  /** Deletes the projects whose codes start so, with everything they carry. */
  static void deleteProjects(JdbcClient jdbc, String prefix) {
    jdbc.sql("DELETE FROM project WHERE code LIKE :p").param("p", prefix + "%").update();
  }
}
