package dev.longyuan.reporting.web;

import dev.longyuan.reporting.DataElement;
import dev.longyuan.reporting.DataSet;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.StoredValue;
import dev.longyuan.reporting.ValueQuery;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A form (报表) for one reporting unit and period, laid out like the statistical form: a line per
 * element with 本期 and 上年同期 side by side, 当月 and 累计 for a monthly form. Saving goes through the same
 * checks as an import, all or nothing, and the errors show on their lines.
 */
@Controller
class FormPageController {

  static final String VIEW_FORM = "reporting/form";

  private final ReportingService reporting;

  FormPageController(ReportingService reporting) {
    this.reporting = reporting;
  }

  /** One line of the form: the element and the four (or two) cells as stored or as typed. */
  record FormRow(
      DataElement element,
      String yearMeasure,
      String current,
      String currentPrevious,
      String ytd,
      String ytdPrevious,
      boolean locked,
      List<ImportError> errors) {}

  @GetMapping("/data/form")
  String form(
      @RequestParam(defaultValue = "ENT-M") String set,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable String period,
      DataScope scope,
      Model model) {
    DataSet dataSet = dataSet(set);
    model.addAttribute("dataSets", reporting.dataSets());
    model.addAttribute("set", dataSet);
    model.addAttribute("unit", unit);
    model.addAttribute("period", period);
    if (unit != null && period != null && !unit.isBlank() && !period.isBlank()) {
      inScope(scope, unit.strip());
      model.addAttribute("unitName", reporting.unitName(unit));
      model.addAttribute(
          "rows", rows(dataSet, unit.strip(), period.strip(), scope, null, List.of()));
      model.addAttribute(
          "synthetic", reporting.enterprise(unit.strip()).map(Enterprise::synthetic).orElse(false));
    }
    return VIEW_FORM;
  }

  @PostMapping("/data/form")
  String save(
      @RequestParam String set,
      @RequestParam String unit,
      @RequestParam String period,
      @RequestParam MultiValueMap<String, String> cells,
      DataScope scope,
      Principal principal,
      Model model) {
    DataSet dataSet = dataSet(set);
    inScope(scope, unit);
    List<ValueRow> rows = new ArrayList<>();
    Map<Integer, String> lineOfRow = new HashMap<>();
    int line = 0;
    for (DataElement element : dataSet.elements()) {
      line++;
      for (Measure measure : measures(dataSet, element)) {
        String value = cells.getFirst(element.code() + "." + measure.word());
        String previous = cells.getFirst(element.code() + "." + measure.word() + ".previous");
        if (value != null && !value.isBlank()) {
          int n = rows.size() + 1;
          rows.add(
              new ValueRow(
                  n,
                  null,
                  element.code(),
                  unit,
                  period,
                  measure.word(),
                  value,
                  blankToNull(previous),
                  null));
          lineOfRow.put(n, element.code());
        }
      }
    }
    ImportOutcome outcome =
        reporting.importRows(
            ReportingService.ImportRequest.reported(
                "form " + set, "form", "-", false, principal.getName(), scope),
            rows,
            List.of());
    model.addAttribute("dataSets", reporting.dataSets());
    model.addAttribute("set", dataSet);
    model.addAttribute("unit", unit);
    model.addAttribute("period", period);
    model.addAttribute("unitName", reporting.unitName(unit));
    model.addAttribute("outcome", outcome);
    Map<String, List<ImportError>> errorsByElement = new HashMap<>();
    for (ImportError error : outcome.errors()) {
      errorsByElement
          .computeIfAbsent(lineOfRow.getOrDefault(error.row(), ""), k -> new ArrayList<>())
          .add(error);
    }
    model.addAttribute(
        "rows", rows(dataSet, unit, period, scope, outcome.accepted() ? null : cells, List.of()));
    model.addAttribute("errorsByElement", errorsByElement);
    return VIEW_FORM;
  }

  private List<FormRow> rows(
      DataSet set,
      String unit,
      String period,
      DataScope scope,
      @Nullable MultiValueMap<String, String> typed,
      List<ImportError> none) {
    Map<String, StoredValue> stored = new HashMap<>();
    for (StoredValue v :
        reporting.values(new ValueQuery(unit, null, period, null, null, 10_000, 0, scope))) {
      stored.put(v.dataElement() + "." + v.measure().word(), v);
    }
    List<FormRow> rows = new ArrayList<>();
    for (DataElement e : set.elements()) {
      StoredValue current = stored.get(e.code() + ".current");
      StoredValue ytd = stored.get(e.code() + ".ytd");
      boolean locked =
          (current != null && current.status().equals("approved"))
              || (ytd != null && ytd.status().equals("approved"));
      rows.add(
          new FormRow(
              e,
              yearMeasure(e).word(),
              cell(typed, e.code() + ".current", current == null ? null : current.value()),
              cell(
                  typed,
                  e.code() + ".current.previous",
                  current == null ? null : current.previousYearValue()),
              cell(typed, e.code() + ".ytd", ytd == null ? null : ytd.value()),
              cell(typed, e.code() + ".ytd.previous", ytd == null ? null : ytd.previousYearValue()),
              locked,
              none));
    }
    return rows;
  }

  private static String cell(
      @Nullable MultiValueMap<String, String> typed,
      String name,
      java.math.@Nullable BigDecimal stored) {
    if (typed != null) {
      String value = typed.getFirst(name);
      return value == null ? "" : value;
    }
    return stored == null ? "" : stored.toPlainString();
  }

  /**
   * A monthly form has 当月 and 累计; a yearly one the year's figure: 累计 for a flow, 期末 for a level.
   */
  static List<Measure> measures(DataSet set, DataElement element) {
    if (set.frequency().equals("year")) {
      return List.of(yearMeasure(element));
    }
    return List.of(Measure.CURRENT, Measure.YTD);
  }

  static Measure yearMeasure(DataElement element) {
    return element.isStock() ? Measure.CURRENT : Measure.YTD;
  }

  /** A unit outside the user's data scope is as good as missing. */
  private void inScope(DataScope scope, String unit) {
    if (!reporting.covers(scope, unit)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no unit " + unit);
    }
  }

  private DataSet dataSet(String code) {
    return reporting.dataSets().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no form " + code));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
