package dev.longyuan.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * An indicator's yearly values drawn small: the points of an SVG polyline in a {@value #WIDTH} ×
 * {@value #HEIGHT} box (years along, values up, the range of the values filling the height), and
 * the same values in words for those who cannot see it.
 */
public record Sparkline(List<Point> points) {

  static final int WIDTH = 120;
  static final int HEIGHT = 32;

  /** A year that has a value. */
  public record Point(int year, BigDecimal value) {}

  public Sparkline {
    points = List.copyOf(points);
  }

  public boolean drawable() {
    return points.size() >= 2;
  }

  /** {@code x,y} pairs for an SVG {@code polyline}, 2 units of margin inside the box. */
  public String svgPoints() {
    int first = points.get(0).year();
    int span = Math.max(1, points.get(points.size() - 1).year() - first);
    java.util.DoubleSummaryStatistics values =
        points.stream().mapToDouble(p -> p.value().doubleValue()).summaryStatistics();
    double min = values.getMin();
    double range = values.getMax() - min == 0 ? 1 : values.getMax() - min;
    StringBuilder svg = new StringBuilder();
    for (Point p : points) {
      double x = 2 + (WIDTH - 4) * (p.year() - first) / (double) span;
      double y = HEIGHT - 2 - (HEIGHT - 4) * (p.value().doubleValue() - min) / range;
      svg.append(svg.length() == 0 ? "" : " ")
          .append(String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y));
    }
    return svg.toString();
  }

  /** "2015：69；2020：30.36". */
  public String text() {
    return String.join(
        "；", points.stream().map(p -> p.year() + "：" + readable(p.value())).toList());
  }

  static String readable(BigDecimal value) {
    BigDecimal shown =
        value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
            ? value.setScale(0, java.math.RoundingMode.HALF_EVEN)
            : value.round(new MathContext(4));
    return shown.stripTrailingZeros().toPlainString();
  }
}
