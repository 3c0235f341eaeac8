package dev.longyuan.projects.internal;

import static dev.longyuan.projects.internal.ProjectChecks.blankless;
import static dev.longyuan.projects.internal.ProjectChecks.error;
import static dev.longyuan.projects.internal.ProjectChecks.missing;

import dev.longyuan.projects.MilestoneDraft;
import dev.longyuan.projects.Project;
import dev.longyuan.projects.ReportDraft;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.AttachmentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules a milestone and a monthly progress report must keep, in the shape of {@link
 * ProjectChecks}: dates not after today, a month of the project's not yet to come, amounts not
 * negative and all reports within the total, attachments of the kinds allowed and sizes.
 */
public final class ProgressChecks {

  private final LocalDate today;

  public ProgressChecks(LocalDate today) {
    this.today = today;
  }

  /** The investment completed over all reports against the project's total. */
  public List<ImportError> completedWithinTotal(int row, Project p, BigDecimal completed) {
    if (completed.compareTo(p.totalInvestment()) <= 0) {
      return List.of();
    }
    return List.of(
        error(
            row,
            "invested",
            "completed.above_total",
            "项目 "
                + p.code()
                + " 累计完成投资 "
                + completed.toPlainString()
                + " 万元，超过总投资 "
                + p.totalInvestment().toPlainString()
                + " 万元",
            "project "
                + p.code()
                + "'s completed investment would be "
                + completed.toPlainString()
                + " (10k yuan), above its total "
                + p.totalInvestment().toPlainString()));
  }

  public List<ImportError> milestone(int row, MilestoneDraft d) {
    List<ImportError> problems = new ArrayList<>();
    String name = blankless(d.name());
    if (name == null) {
      problems.add(missing(row, "name", "里程碑名称", "milestone name"));
    } else if (name.length() > 200) {
      problems.add(
          error(row, "name", "name.too_long", "里程碑名称超过 200 字", "the name is over 200 characters"));
    }
    if (d.dueDate() == null) {
      problems.add(missing(row, "dueDate", "计划完成日期", "due date"));
    }
    problems.addAll(doneDate(row, d.doneDate()));
    return problems;
  }

  /** A date a milestone was done: not after today. */
  public List<ImportError> doneDate(int row, @Nullable LocalDate done) {
    if (done == null || !done.isAfter(today)) {
      return List.of();
    }
    return List.of(
        error(
            row,
            "doneDate",
            "done.in_future",
            "实际完成日期 " + done + " 晚于今天",
            "the date done " + done + " is after today"));
  }

  /** A report's month, amount and attachments, for the project it is about. */
  public List<ImportError> report(int row, Project p, ReportDraft d) {
    List<ImportError> problems = new ArrayList<>();
    String period = blankless(d.period());
    if (period == null) {
      problems.add(missing(row, "period", "报告月份", "month"));
    } else {
      YearMonth month = month(period);
      if (month == null) {
        problems.add(
            error(
                row,
                "period",
                "period.invalid",
                "报告月份须为 YYYY-MM：" + period,
                "the month must be written YYYY-MM: " + period));
      } else if (month.isBefore(YearMonth.from(p.startDate()))) {
        problems.add(
            error(
                row,
                "period",
                "period.before_start",
                period + " 早于项目开工（" + p.startDate() + "）",
                period + " is before the project started (" + p.startDate() + ")"));
      } else if (month.isAfter(YearMonth.from(today))) {
        problems.add(
            error(
                row, "period", "period.in_future", period + " 尚未到来", period + " has not come yet"));
      }
    }
    if (d.invested() == null) {
      problems.add(missing(row, "invested", "当月完成投资", "investment completed in the month"));
    } else if (d.invested().signum() < 0) {
      problems.add(
          error(
              row,
              "invested",
              "investment.negative",
              "当月完成投资不能为负：" + d.invested().toPlainString(),
              "the investment completed cannot be negative: " + d.invested().toPlainString()));
    }
    for (ReportDraft.Upload upload : d.uploads()) {
      AttachmentType.problem(upload.fileName(), upload.content())
          .ifPresent(
              refused ->
                  problems.add(
                      error(
                          row,
                          "attachments",
                          refused.code(),
                          refused.messageZh(),
                          refused.messageEn())));
    }
    return problems;
  }

  public static @Nullable YearMonth month(String period) {
    if (!period.matches("\\d{4}-\\d{2}")) {
      return null;
    }
    try {
      return YearMonth.parse(period);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
