package dev.longyuan.evaluation.internal;

import dev.longyuan.evaluation.EvaluationReport;
import dev.longyuan.evaluation.IndicatorRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.springframework.core.io.ClassPathResource;

/**
 * The charts of a report, drawn as PNG in the report's own font (the bundled 文泉驿微米黑, so that
 * Chinese renders without any font installed) and carried in the document as data URIs, so that the
 * HTML and the PDF show the same pictures: for each key indicator judged, its series and the path
 * the target requires — the figures of the indicator table beside it.
 */
final class ReportCharts {

  private static final int WIDTH = 520;
  private static final int HEIGHT = 260;
  private static final Font FONT = loadFont();

  private ReportCharts() {}

  /** Indicator code → its chart as a data URI, for the indicators with a series judged. */
  static Map<String, String> of(EvaluationReport report, String judged, String required) {
    Map<String, String> charts = new LinkedHashMap<>();
    for (IndicatorRow row : report.indicators()) {
      if (row.judged().size() >= 2) {
        charts.put(row.code(), dataUri(chart(row, judged, required)));
      }
    }
    return charts;
  }

  private static JFreeChart chart(IndicatorRow row, String judgedName, String requiredName) {
    XYSeries judged = new XYSeries(judgedName);
    row.judged().forEach(p -> judged.add(p.year(), p.value()));
    XYSeriesCollection data = new XYSeriesCollection(judged);
    if (!row.requiredPath().isEmpty()) {
      XYSeries required = new XYSeries(requiredName);
      row.requiredPath().forEach(p -> required.add(p.year(), p.value()));
      data.addSeries(required);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    NumberAxis years = new NumberAxis();
    years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    years.setNumberFormatOverride(new DecimalFormat("0"));
    years.setAutoRangeIncludesZero(false);
    NumberAxis values = new NumberAxis();
    values.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, years, values, renderer);
    JFreeChart chart = new JFreeChart(row.number() + " " + row.name(), plot);
    if (row.measuredAs() != null) {
      chart.addSubtitle(new TextTitle(row.measuredAs()));
    }
    StandardChartTheme theme = new StandardChartTheme("report");
    theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 13f));
    theme.setLargeFont(FONT.deriveFont(12f));
    theme.setRegularFont(FONT.deriveFont(11f));
    theme.setSmallFont(FONT.deriveFont(10f));
    theme.apply(chart);
    // after the theme, which sets colours of its own: the series judged solid, the path dashed
    chart.setBackgroundPaint(Color.WHITE);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xd9e2ec));
    plot.setDomainGridlinesVisible(false);
    renderer.setSeriesPaint(0, new Color(0x9f3a22));
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setSeriesPaint(1, new Color(0x616e7c));
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesStroke(
        1,
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    return chart;
  }

  private static String dataUri(JFreeChart chart) {
    // drawn at twice the size, so that the PDF's picture stays sharp when printed
    BufferedImage image = chart.createBufferedImage(WIDTH * 2, HEIGHT * 2, WIDTH, HEIGHT, null);
    try {
      return "data:image/png;base64,"
          + Base64.getEncoder().encodeToString(ChartUtils.encodeAsPNG(image));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Font loadFont() {
    try (InputStream in = new ClassPathResource(ReportDocuments.FONT).getInputStream()) {
      return Font.createFonts(in)[0];
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("the bundled report font cannot be read", e);
    }
  }
}
