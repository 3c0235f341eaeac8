package dev.longyuan.implementation.web;

import dev.longyuan.implementation.WorkItem;
import dev.longyuan.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The supervision ledger as a workbook in the layout such ledgers take: 序号, 任务编号, 任务, 工作事项, 成果形式,
 * 责任单位, 完成时限, 状态, 报告期, 最新进展.
 */
final class LedgerWorkbook {

  private static final List<String> HEADERS_ZH =
      List.of("序号", "任务编号", "任务", "工作事项", "成果形式", "责任单位", "完成时限", "状态", "报告期", "最新进展");
  private static final List<String> HEADERS_EN =
      List.of(
          "No.",
          "Task",
          "Task name",
          "Work item",
          "Deliverable",
          "Responsible unit",
          "Due",
          "State",
          "Period",
          "Latest progress");
  private static final java.util.Map<String, String> STATES_ZH =
      java.util.Map.of(
          "not_started", "未启动",
          "in_progress", "推进中",
          "done", "已完成",
          "lagging", "滞后",
          "cancelled", "已取消");

  private LedgerWorkbook() {}

  static byte[] write(Plan plan, int year, List<WorkItem> items, boolean english)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(english ? "Ledger " + year : year + "年督办台账");
      Row header = sheet.createRow(0);
      List<String> headers = english ? HEADERS_EN : HEADERS_ZH;
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      int n = 0;
      for (WorkItem item : items) {
        Row row = sheet.createRow(++n);
        row.createCell(0).setCellValue(n);
        row.createCell(1).setCellValue(item.taskCode());
        row.createCell(2)
            .setCellValue(
                plan.task(item.taskCode())
                    .map(t -> english ? t.titleEn() : t.titleZh())
                    .orElse(""));
        row.createCell(3).setCellValue(item.title());
        row.createCell(4).setCellValue(item.deliverable());
        row.createCell(5)
            .setCellValue(
                plan.unit(item.unit())
                    .map(u -> english ? u.nameEn() : u.nameZh())
                    .orElse(item.unit()));
        row.createCell(6).setCellValue(item.dueDate().toString());
        row.createCell(7)
            .setCellValue(english ? item.state().replace('_', ' ') : STATES_ZH.get(item.state()));
        row.createCell(8).setCellValue(item.latest() == null ? "" : item.latest().period());
        row.createCell(9).setCellValue(item.latest() == null ? "" : item.latest().narrative());
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
