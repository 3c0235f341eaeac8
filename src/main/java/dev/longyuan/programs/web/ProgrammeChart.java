package dev.longyuan.programs.web;

import dev.longyuan.programs.ProgrammeCount;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a programme's chart draws, as the JSON its page carries: the count at the end of each year
 * and the target's value (and the upper end of a range) as a line, the same figures as the table.
 */
record ProgrammeChart(
    List<Integer> years,
    List<Integer> counts,
    @Nullable BigDecimal target,
    @Nullable BigDecimal targetMax) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static ProgrammeChart of(ProgrammeCount count, List<Integer> years) {
    return new ProgrammeChart(
        years,
        years.stream().map(count::count).toList(),
        count.targetValue(),
        count.targetValueMax());
  }

  String json() {
    return JSON.writeValueAsString(this).replace("</", "<\\/");
  }
}
