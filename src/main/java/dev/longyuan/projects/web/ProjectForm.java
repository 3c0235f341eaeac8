package dev.longyuan.projects.web;

import dev.longyuan.projects.ProjectDraft;
import dev.longyuan.projects.YearInvestment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The project form as typed: every field as text, the investment planned per year as two parallel
 * lists (the year of each row, and the amount, blank for none).
 */
record ProjectForm(
    @Nullable String code,
    @Nullable String name,
    @Nullable String ownerCreditCode,
    @Nullable String ownerName,
    @Nullable String regionCode,
    @Nullable String sector,
    @Nullable String industryCode,
    @Nullable String chain,
    @Nullable String base,
    @Nullable String zone,
    @Nullable String totalInvestment,
    @Nullable String startDate,
    @Nullable String plannedFinish,
    @Nullable String status,
    @Nullable List<String> planYear,
    @Nullable List<String> planAmount) {

  static ProjectForm empty(List<Integer> years) {
    return new ProjectForm(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "building",
        years.stream().map(String::valueOf).toList(),
        years.stream().map(y -> "").toList());
  }

  static ProjectForm of(ProjectDraft d, List<YearInvestment> stored, List<Integer> years) {
    List<String> planYear = new ArrayList<>();
    List<String> planAmount = new ArrayList<>();
    java.util.TreeSet<Integer> all = new java.util.TreeSet<>(years);
    stored.forEach(y -> all.add(y.year()));
    for (int y = d.startDate().getYear(); y <= d.plannedFinish().getYear(); y++) {
      all.add(y);
    }
    for (int year : all) {
      planYear.add(String.valueOf(year));
      planAmount.add(
          stored.stream()
              .filter(s -> s.year() == year && s.planned().signum() > 0)
              .map(s -> s.planned().toPlainString())
              .findFirst()
              .orElse(""));
    }
    return new ProjectForm(
        d.code(),
        d.name(),
        d.ownerCreditCode(),
        d.ownerCreditCode() == null ? d.ownerName() : null,
        d.regionCode(),
        d.sector(),
        d.industryCode(),
        d.chain(),
        d.base(),
        d.zone(),
        d.totalInvestment().toPlainString(),
        d.startDate().toString(),
        d.plannedFinish().toString(),
        d.status(),
        planYear,
        planAmount);
  }

  ProjectDraft draft(FormValues values) {
    List<ProjectDraft.YearPlan> plans = new ArrayList<>();
    List<String> years = planYear == null ? List.of() : planYear;
    for (int i = 0; i < years.size(); i++) {
      String amount = planAmount == null || i >= planAmount.size() ? null : planAmount.get(i);
      BigDecimal planned = values.number("planned", amount);
      if (planned != null && years.get(i).strip().matches("\\d{4}")) {
        plans.add(new ProjectDraft.YearPlan(Integer.parseInt(years.get(i).strip()), planned));
      }
    }
    return new ProjectDraft(
        code,
        null,
        name,
        ownerCreditCode,
        ownerName,
        regionCode,
        sector,
        industryCode,
        chain,
        base,
        zone,
        values.number("totalInvestment", totalInvestment),
        values.date("startDate", startDate),
        values.date("plannedFinish", plannedFinish),
        status,
        plans);
  }
}
