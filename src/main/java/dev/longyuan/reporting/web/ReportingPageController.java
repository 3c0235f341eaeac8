package dev.longyuan.reporting.web;

import dev.longyuan.reporting.DataElement;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.EnterpriseRegistry;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.StoredValue;
import dev.longyuan.reporting.ValueQuery;
import dev.longyuan.reporting.internal.ShippedDataLoader;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reporting pages: forms and elements, stored values, a value's history, the registry. */
@Controller
class ReportingPageController {

  static final String VIEW_HOME = "reporting/home";
  static final String VIEW_VALUES = "reporting/values";
  static final String VIEW_HISTORY = "reporting/history";
  static final String VIEW_ENTERPRISES = "reporting/enterprises";
  static final String VIEW_PUBLISHED = "reporting/published";
  static final String FRAGMENT_SHIPPED = "reporting/fragments :: shipped(${shipped})";

  private final ReportingService reporting;
  private final ShippedDataLoader shipped;
  private final EnterpriseRegistry registry;
  private final MessageSource messages;

  ReportingPageController(
      ReportingService reporting,
      ShippedDataLoader shipped,
      EnterpriseRegistry registry,
      MessageSource messages) {
    this.reporting = reporting;
    this.shipped = shipped;
    this.registry = registry;
    this.messages = messages;
  }

  @GetMapping("/data")
  String home(DataScope scope, Model model) {
    model.addAttribute("dataSets", reporting.dataSets());
    model.addAttribute("valueCount", reporting.valueCount(scope));
    model.addAttribute("enterpriseCount", reporting.enterpriseCount(scope));
    return VIEW_HOME;
  }

  @GetMapping("/data/shipped-status")
  String shippedStatus(Model model) {
    model.addAttribute("shipped", shipped.status());
    return "reporting/fragments :: shipped(status=${shipped})";
  }

  @GetMapping("/data/values")
  String values(
      @RequestParam(required = false) @Nullable String reportingUnit,
      @RequestParam(required = false) @Nullable String dataElement,
      @RequestParam(required = false) @Nullable String period,
      @RequestParam(required = false) @Nullable String measure,
      @RequestParam(required = false) @Nullable String status,
      DataScope scope,
      Model model) {
    ValueQuery query =
        new ValueQuery(
            blank(reportingUnit),
            blank(dataElement),
            blank(period),
            blank(measure),
            blank(status),
            500,
            0,
            scope);
    model.addAttribute("query", query);
    List<StoredValue> values = reporting.values(query);
    model.addAttribute("values", values);
    model.addAttribute(
        "unitNames",
        values.stream()
            .map(StoredValue::reportingUnit)
            .distinct()
            .collect(Collectors.toMap(Function.identity(), reporting::unitName)));
    model.addAttribute("statuses", List.of("draft", "submitted", "returned", "approved"));
    model.addAttribute("formats", List.of("csv", "xlsx", "sdmx", "json"));
    model.addAttribute("elementNames", elementNames());
    return VIEW_VALUES;
  }

  /** The key of one value, as the history page shows it. */
  record ValueKey(String dataElement, String reportingUnit, String period, String measure) {}

  @GetMapping("/data/history")
  String history(
      @RequestParam String dataElement,
      @RequestParam String reportingUnit,
      @RequestParam String period,
      @RequestParam String measure,
      DataScope scope,
      Model model) {
    if (!reporting.covers(scope, reportingUnit)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no unit " + reportingUnit);
    }
    model.addAttribute("key", new ValueKey(dataElement, reportingUnit, period, measure));
    model.addAttribute("element", elementNames().get(dataElement));
    model.addAttribute(
        "changes", reporting.history(scope, dataElement, reportingUnit, period, measure));
    return VIEW_HISTORY;
  }

  @GetMapping("/data/enterprises")
  String enterprises(
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
      DataScope scope,
      Model model) {
    List<Enterprise> found = reporting.enterprises(scope, blank(region), blank(sector), 500, 0);
    model.addAttribute("region", region);
    model.addAttribute("sector", sector);
    model.addAttribute("enterprises", found);
    model.addAttribute(
        "regionNames",
        found.stream()
            .map(e -> e.regionCode().value())
            .distinct()
            .collect(Collectors.toMap(Function.identity(), code -> reporting.unitName(code, ""))));
    return VIEW_ENTERPRISES;
  }

  @PostMapping("/data/enterprises/import")
  String registerEnterprises(
      @RequestParam MultipartFile file, Locale locale, RedirectAttributes redirect)
      throws IOException {
    EnterpriseRegistry.Registered registered = registry.importCsv(file.getInputStream());
    if (registered.accepted()) {
      redirect.addFlashAttribute(
          "message",
          messages.getMessage(
              "enterprises.registered", new Object[] {registered.enterprises()}, locale));
    } else {
      redirect.addFlashAttribute("registryErrors", registered.errors());
    }
    return "redirect:/data/enterprises";
  }

  @GetMapping("/data/published")
  String published(Model model) {
    model.addAttribute("figures", reporting.publishedFigures());
    return VIEW_PUBLISHED;
  }

  private Map<String, DataElement> elementNames() {
    return reporting.elements().stream()
        .collect(Collectors.toMap(DataElement::code, Function.identity()));
  }

  private static @Nullable String blank(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
