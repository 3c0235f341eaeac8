package dev.longyuan.evaluation.internal;

import dev.longyuan.implementation.AnnualPlan;
import dev.longyuan.implementation.AnnualTarget;
import dev.longyuan.implementation.WorkItem;
import dev.longyuan.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A year's implementation plan as a Word document in the form such plans take: the title, 一、年度目标
 * (each target's value for the year and how it was derived), 二、重点工作 (the work items under their
 * tasks, each with its deliverable, due date and responsible unit), 三、组织实施.
 */
public final class AnnualPlanDocx {

  private static final String FONT = "SimSun";

  private AnnualPlanDocx() {}

  public static String title(Plan plan, int year) {
    return plan.titleZh().replace("“十三五”", "").replace("规划", "") + year + "年度实施方案";
  }

  public static byte[] write(Plan plan, AnnualPlan annual) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, title(plan, annual.year()), 18, true);
      XWPFParagraph state = doc.createParagraph();
      state.setAlignment(ParagraphAlignment.CENTER);
      run(
          state,
          annual.approved()
              ? "（" + annual.approvedBy() + " 于 " + annual.approvedAt().toLocalDate() + " 批准）"
              : "（草案）",
          11,
          false);
      paragraph(
          doc,
          "为落实《"
              + plan.titleZh()
              + "》（"
              + plan.documentNumber()
              + "），分解"
              + annual.year()
              + "年度目标任务，制定本方案。");
      heading(doc, "一、年度目标");
      XWPFTable table = doc.createTable(1, 5);
      cells(table.getRow(0), List.of("编号", "目标", "规划目标", annual.year() + "年目标", "分解方法"));
      for (AnnualTarget t : annual.targets()) {
        XWPFTableRow row = table.createRow();
        cells(
            row,
            List.of(
                t.targetCode(),
                t.nameZh(),
                t.planValue().stripTrailingZeros().toPlainString()
                    + t.unit()
                    + "（"
                    + t.targetYear()
                    + "）",
                t.value() == null ? "—" : t.value().toPlainString() + t.unit(),
                t.edited() ? "省级调整：" + t.note() : t.methodZh()));
      }
      heading(doc, "二、重点工作");
      Map<String, java.util.List<WorkItem>> byTask = new LinkedHashMap<>();
      annual
          .workItems()
          .forEach(
              i -> byTask.computeIfAbsent(i.taskCode(), k -> new java.util.ArrayList<>()).add(i));
      if (byTask.isEmpty()) {
        paragraph(doc, "本年度尚未列出工作事项。");
      }
      int n = 0;
      for (Map.Entry<String, java.util.List<WorkItem>> task : byTask.entrySet()) {
        n++;
        String name = plan.task(task.getKey()).map(t -> t.titleZh()).orElse(task.getKey());
        XWPFParagraph p = doc.createParagraph();
        run(p, "（" + chinese(n) + "）" + name + "（" + task.getKey() + "）", 12, true);
        int k = 0;
        for (WorkItem item : task.getValue()) {
          String unit = plan.unit(item.unit()).map(u -> u.nameZh()).orElse(item.unit());
          paragraph(
              doc,
              (++k)
                  + ". "
                  + item.title()
                  + "。成果形式："
                  + item.deliverable()
                  + "；完成时限："
                  + item.dueDate()
                  + "；责任单位："
                  + unit
                  + "。");
        }
      }
      heading(doc, "三、组织实施");
      paragraph(doc, "各责任单位按季度报送工作事项进展，逾期未完成的事项列入督办台账，逾期30天以上的报牵头单位督办。");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void heading(XWPFDocument doc, String text) {
    run(doc.createParagraph(), text, 14, true);
  }

  private static void paragraph(XWPFDocument doc, String text) {
    run(doc.createParagraph(), text, 12, false);
  }

  private static void run(XWPFParagraph p, String text, int size, boolean bold) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setFontSize(size);
    run.setBold(bold);
    run.setFontFamily(FONT);
  }

  private static void cells(XWPFTableRow row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      (row.getCell(i) == null ? row.addNewTableCell() : row.getCell(i)).setText(values.get(i));
    }
  }

  private static String chinese(int n) {
    String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n <= 10 ? digits[n] : n < 20 ? "十" + digits[n - 10] : String.valueOf(n);
  }
}
