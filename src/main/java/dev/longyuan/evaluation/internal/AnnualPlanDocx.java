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
import org.springframework.context.MessageSource;

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

  /**
   * The document, its headings and fixed sentences in Chinese from the same messages as its PDF.
   */
  public static byte[] write(Plan plan, AnnualPlan annual, MessageSource messages) {
    java.util.function.Function<String, String> text =
        key -> messages.getMessage(key, null, java.util.Locale.SIMPLIFIED_CHINESE);
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
      heading(doc, text.apply("annualdoc.targets"));
      XWPFTable table = doc.createTable(1, 5);
      cells(
          table.getRow(0),
          List.of(
              text.apply("annualdoc.code"),
              text.apply("annualdoc.target"),
              text.apply("annualdoc.planTarget"),
              annual.year() + "年目标",
              text.apply("annualdoc.method")));
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
      heading(doc, text.apply("annualdoc.work"));
      Map<String, java.util.List<WorkItem>> byTask = new LinkedHashMap<>();
      annual
          .workItems()
          .forEach(
              i -> byTask.computeIfAbsent(i.taskCode(), k -> new java.util.ArrayList<>()).add(i));
      if (byTask.isEmpty()) {
        paragraph(doc, text.apply("ledger.none"));
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
      heading(doc, text.apply("annualdoc.organisation"));
      paragraph(doc, text.apply("annualdoc.organisationText"));
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
