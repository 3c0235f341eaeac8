package dev.longyuan.sharing.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.CapacityRequestDraft;
import dev.longyuan.sharing.Sharing;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Capacity requests: the form and the list, and a request with its matches. */
@Controller
class CapacityRequestPageController {

  static final String VIEW_REQUESTS = "sharing/capacity";
  static final String VIEW_REQUEST = "sharing/capacity-request";

  private final Sharing sharing;

  CapacityRequestPageController(Sharing sharing) {
    this.sharing = sharing;
  }

  @GetMapping("/sharing/capacity")
  String requests(DataScope scope, Model model) {
    model.addAttribute("requests", sharing.capacityRequests(scope));
    model.addAttribute("processes", sharing.processMap());
    model.addAttribute("mayRequest", scope.mayChange());
    model.addAttribute("enterpriseUser", scope.kind() == DataScope.Kind.ENTERPRISE);
    return VIEW_REQUESTS;
  }

  @PostMapping("/sharing/capacity")
  String request(
      @RequestParam(required = false) @Nullable String processCode,
      @RequestParam(required = false) @Nullable BigDecimal quantity,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate deliverBy,
      @RequestParam(required = false) @Nullable String regionCode,
      @RequestParam(required = false) @Nullable String enterpriseCode,
      DataScope scope,
      Principal principal) {
    long id =
        sharing.requestCapacity(
            new CapacityRequestDraft(
                processCode,
                quantity,
                unit,
                deliverBy,
                regionCode,
                enterpriseCode == null || enterpriseCode.isBlank() ? null : enterpriseCode),
            scope,
            principal.getName());
    return "redirect:/sharing/capacity/" + id;
  }

  @GetMapping("/sharing/capacity/{id}")
  String request(@PathVariable long id, DataScope scope, Principal principal, Model model) {
    model.addAttribute("request", sharing.capacityRequest(id, scope));
    model.addAttribute("matches", sharing.matches(id, sharing.viewer(scope, principal.getName())));
    model.addAttribute("processes", sharing.processMap());
    model.addAttribute("regionName", new RegionNames(sharing));
    return VIEW_REQUEST;
  }
}
