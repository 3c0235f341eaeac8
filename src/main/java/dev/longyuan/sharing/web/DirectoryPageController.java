package dev.longyuan.sharing.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.Level;
import dev.longyuan.sharing.ResourceDraft;
import dev.longyuan.sharing.ResourceKind;
import dev.longyuan.sharing.Sharing;
import dev.longyuan.sharing.Viewer;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory, a resource's page, and registration by form. */
@Controller
class DirectoryPageController {

  static final String VIEW_DIRECTORY = "sharing/directory";
  static final String VIEW_RESOURCE = "sharing/resource";
  static final String VIEW_FORM = "sharing/form";

  private final Sharing sharing;

  DirectoryPageController(Sharing sharing) {
    this.sharing = sharing;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("kinds", List.of(ResourceKind.values()));
    model.addAttribute("levels", List.of(Level.values()));
    model.addAttribute("processes", sharing.processMap());
  }

  @GetMapping("/sharing")
  String directory(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String process,
      @RequestParam(required = false) @Nullable String city,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String q,
      DataScope scope,
      Principal principal,
      Model model) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    model.addAttribute(
        "resources", sharing.directory(Filters.of(kind, process, city, level, q), viewer));
    model.addAttribute("cities", sharing.cities());
    model.addAttribute("cleared", viewer.cleared());
    model.addAttribute("mayRegister", Sharing.mayRegister(scope));
    model.addAttribute(
        "filter",
        java.util.Map.of(
            "kind",
            blank(kind),
            "process",
            blank(process),
            "city",
            blank(city),
            "level",
            blank(level),
            "q",
            blank(q)));
    return VIEW_DIRECTORY;
  }

  @GetMapping("/sharing/resources/{id}")
  String resource(@PathVariable long id, DataScope scope, Principal principal, Model model) {
    model.addAttribute(
        "resource", sharing.resource(id, sharing.viewer(scope, principal.getName())));
    model.addAttribute("mayBook", scope.mayChange());
    model.addAttribute("enterpriseUser", scope.kind() == DataScope.Kind.ENTERPRISE);
    model.addAttribute("regionName", new RegionNames(sharing));
    return VIEW_RESOURCE;
  }

  @GetMapping("/sharing/resources/new")
  String form() {
    return VIEW_FORM;
  }

  @PostMapping("/sharing/resources")
  String register(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String enterpriseCode,
      @RequestParam(required = false) @Nullable String countyCode,
      @RequestParam(required = false) @Nullable String specification,
      @RequestParam(required = false) @Nullable String openDays,
      @RequestParam(required = false) @Nullable String openHours,
      @RequestParam(required = false) @Nullable String availableFrom,
      @RequestParam(required = false) @Nullable String availableTo,
      @RequestParam(required = false) @Nullable String blockedDates,
      @RequestParam(required = false) @Nullable String priceTerms,
      @RequestParam(required = false) @Nullable String contact,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String processCode,
      @RequestParam(required = false) @Nullable BigDecimal monthlyCapacity,
      @RequestParam(required = false) @Nullable String capacityUnit,
      DataScope scope,
      Principal principal) {
    String owner = scope.kind() == DataScope.Kind.ENTERPRISE ? scope.enterprise() : enterpriseCode;
    ResourceDraft draft =
        new ResourceDraft(
            kind,
            name,
            owner,
            countyCode,
            specification,
            openDays,
            openHours,
            availableFrom,
            availableTo,
            blockedDates,
            priceTerms,
            contact,
            level,
            blank(processCode),
            monthlyCapacity,
            capacityUnit);
    return "redirect:/sharing/resources/" + sharing.register(draft, scope, principal.getName());
  }

  private static String blank(@Nullable String text) {
    return text == null ? "" : text.strip();
  }
}
