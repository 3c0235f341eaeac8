package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.AdjustedSeries;
import dev.longyuan.monitoring.MonthlyIndicator;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * An indicator's monthly series as the indicator page shows it and its file gives it: one row a
 * period as reported — 当月 as reported, adjusted and trend for a series that adds up over the
 * months; the 累计 value to each month for any other.
 */
final class MonthlyView {

  static final List<String> FLOW_HEADER =
      List.of("period", "measure", "raw", "seasonally_adjusted", "trend");

  static final List<String> CUMULATIVE_HEADER = List.of("period", "measure", "value");

  private MonthlyView() {}

  /** The page's {@code monthly}, its periods' labels ({@code monthlyLabels}) and chart JSON. */
  static void addTo(Model model, MonthlyIndicator monthly, MessageSource messages, Locale locale) {
    model.addAttribute("monthly", monthly);
    List<String> labels = new ArrayList<>();
    for (MonthlyIndicator.CumulativeMonth month : monthly.cumulative()) {
      labels.add(
          messages.getMessage(
              "monitoring.monthly.ytdPeriod",
              new Object[] {
                month.year(),
                month.lastMonth(),
                Month.of(month.lastMonth()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
              },
              locale));
    }
    model.addAttribute("monthlyLabels", labels);
    String file =
        monthly.planId()
            + "-"
            + monthly.indicatorCode()
            + "-"
            + monthly.regionCode()
            + "-"
            + monthly.year()
            + "-monthly";
    AdjustedSeries adjusted = monthly.flow() == null ? null : monthly.flow().adjusted();
    if (adjusted != null) {
      model.addAttribute(
          "monthlyJson",
          EconomyChart.of(
                  adjusted,
                  Map.of(
                      "raw", text(messages, "monitoring.series.raw", locale),
                      "adjusted", text(messages, "monitoring.series.adjusted", locale),
                      "trend", text(messages, "monitoring.series.trend", locale),
                      "png", text(messages, "monitoring.download.png", locale),
                      "file", file))
              .json());
    } else if (!monthly.cumulative().isEmpty()) {
      model.addAttribute(
          "monthlyJson",
          EconomyChart.unadjusted(
                  labels,
                  monthly.cumulative().stream()
                      .map(m -> m.value() == null ? null : m.value().doubleValue())
                      .toList(),
                  Map.of(
                      "raw", text(messages, "monitoring.monthly.ytd", locale),
                      "png", text(messages, "monitoring.download.png", locale),
                      "file", file))
              .json());
    }
  }

  static List<String> header(MonthlyIndicator monthly) {
    return monthly.kind() == MonthlyIndicator.Kind.FLOW ? FLOW_HEADER : CUMULATIVE_HEADER;
  }

  /** The rows of the page's table, at full precision. */
  static List<List<@Nullable Object>> rows(MonthlyIndicator monthly) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    AdjustedSeries adjusted = monthly.flow() == null ? null : monthly.flow().adjusted();
    if (adjusted != null) {
      for (AdjustedSeries.PeriodRow row : adjusted.periods()) {
        rows.add(
            List.of(row.period(), "current", row.raw(), row.seasonallyAdjusted(), row.trend()));
      }
    }
    for (MonthlyIndicator.CumulativeMonth month : monthly.cumulative()) {
      List<@Nullable Object> row = new ArrayList<>();
      row.add(month.period());
      row.add("ytd");
      BigDecimal value = month.value();
      row.add(value);
      rows.add(row);
    }
    return rows;
  }

  private static String text(MessageSource messages, String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
