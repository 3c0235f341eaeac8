package dev.longyuan.evaluation.internal;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.longyuan.evaluation.EvaluationReport;
import dev.longyuan.evaluation.MonthlyBrief;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as HTML from its template, and as PDF from that same HTML with the bundled 文泉驿微米黑
 * (WenQuanYi Micro Hei, Apache-2.0, {@code fonts/}) embedded so that Chinese renders anywhere.
 */
@Component
public class ReportDocuments {

  static final String TEMPLATE = "evaluation/report";
  static final String BRIEF_TEMPLATE = "evaluation/brief";
  static final String FONT = "fonts/wqy-microhei.ttc";
  static final String FONT_NAME = "WenQuanYiMicroHei";
  static final String FONT_FAMILY = "WenQuanYi Micro Hei";

  private final ITemplateEngine templates;
  private final MessageSource messages;

  ReportDocuments(ITemplateEngine templates, MessageSource messages) {
    this.templates = templates;
    this.messages = messages;
  }

  public String html(EvaluationReport report, int baseYear) {
    return html(report, baseYear, charts(report));
  }

  /**
   * The charts of a report's key indicators (indicator code → PNG data URI), drawn once for its
   * HTML and so for its PDF.
   */
  public Map<String, String> charts(EvaluationReport report) {
    return ReportCharts.of(
        report,
        messages.getMessage("evaluation.chart.judged", null, report.locale()),
        messages.getMessage("evaluation.chart.required", null, report.locale()));
  }

  public String html(EvaluationReport report, int baseYear, Map<String, String> charts) {
    Context context = new Context(report.locale());
    context.setVariable("report", report);
    context.setVariable("baseYear", String.valueOf(baseYear));
    context.setVariable("charts", charts);
    return templates.process(TEMPLATE, context);
  }

  public String html(MonthlyBrief brief, int baseYear) {
    Context context = new Context(brief.locale());
    context.setVariable("brief", brief);
    context.setVariable("baseYear", String.valueOf(baseYear));
    return templates.process(BRIEF_TEMPLATE, context);
  }

  /** A year's implementation plan as HTML, for its PDF. */
  public String html(dev.longyuan.plan.Plan plan, dev.longyuan.implementation.AnnualPlan annual) {
    Context context = new Context(java.util.Locale.SIMPLIFIED_CHINESE);
    Map<String, List<dev.longyuan.implementation.WorkItem>> byTask =
        new java.util.LinkedHashMap<>();
    annual
        .workItems()
        .forEach(
            i -> byTask.computeIfAbsent(i.taskCode(), k -> new java.util.ArrayList<>()).add(i));
    Map<String, String> taskNames = new java.util.HashMap<>();
    plan.tasks().forEach(t -> taskNames.put(t.code(), t.titleZh()));
    Map<String, String> unitNames = new java.util.HashMap<>();
    plan.units().forEach(u -> unitNames.put(u.code(), u.nameZh()));
    context.setVariable("title", AnnualPlanDocx.title(plan, annual.year()));
    context.setVariable("plan", plan);
    context.setVariable("annual", annual);
    context.setVariable("byTask", byTask);
    context.setVariable("taskNames", taskNames);
    context.setVariable("unitNames", unitNames);
    return templates.process("evaluation/annual-plan", context);
  }

  public byte[] pdf(String html) {
    try (InputStream font = new ClassPathResource(FONT).getInputStream();
        TrueTypeCollection collection = new TrueTypeCollection(font);
        PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      TrueTypeFont face = collection.getFontByName(FONT_NAME);
      if (face == null) {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(
            f -> {
              if (first.get() == null) {
                first.set(f);
              }
            });
        face = first.get();
      }
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      // embedded as a subset: only the glyphs the report uses
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, face, true)), FONT_FAMILY);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
