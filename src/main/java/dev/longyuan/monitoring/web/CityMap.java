package dev.longyuan.monitoring.web;

import dev.longyuan.monitoring.IndicatorDetail;
import dev.longyuan.monitoring.IndustryRow;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The values a map of Gansu colours its cities and prefectures by, as the page's JSON. */
record CityMap(List<CityFigure> cities) {

  /** A city on the map: its name as the map's outline is named, its code and value. */
  record CityFigure(String name, String code, @Nullable BigDecimal value) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static CityMap of(List<IndicatorDetail.CityValue> cities) {
    return new CityMap(
        cities.stream().map(c -> new CityFigure(c.nameZh(), c.code(), c.value())).toList());
  }

  /** The value added (亿元) of each line, a city or prefecture. */
  static CityMap ofValueAdded(List<IndustryRow> rows) {
    return new CityMap(
        rows.stream()
            .map(r -> new CityFigure(r.nameZh(), r.code(), r.figure().valueAddedYi()))
            .toList());
  }

  String json() {
    return JSON.writeValueAsString(this).replace("</", "<\\/");
  }
}
