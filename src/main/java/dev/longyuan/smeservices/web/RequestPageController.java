package dev.longyuan.smeservices.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.smeservices.NewRequest;
import dev.longyuan.smeservices.NodeKind;
import dev.longyuan.smeservices.RequestDetail;
import dev.longyuan.smeservices.ServiceNetwork;
import dev.longyuan.smeservices.ServiceNode;
import dev.longyuan.smeservices.ServiceRequest;
import dev.longyuan.smeservices.ServiceRequests;
import dev.longyuan.smeservices.SmeRefused;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The requests on the pages: an enterprise's own list and its form, a node's inbox for its staff, a
 * request with its hops and its service-level clock.
 */
@Controller
class RequestPageController {

  static final String VIEW_LIST = "smeservices/requests";
  static final String VIEW_FORM = "smeservices/request-form";
  static final String VIEW_REQUEST = "smeservices/request";

  private final ServiceNetwork network;
  private final ServiceRequests requests;

  RequestPageController(ServiceNetwork network, ServiceRequests requests) {
    this.network = network;
    this.requests = requests;
  }

  @ModelAttribute("names")
  Names names() {
    return Names.of(network.plan(), network.nodes(), network.categories());
  }

  @GetMapping("/sme/requests")
  String list(
      @RequestParam(required = false) @Nullable String node,
      @RequestParam(defaultValue = "false") boolean open,
      DataScope scope,
      Model model) {
    List<ServiceRequest> shown =
        node == null || node.isBlank()
            ? requests.requests(scope, open, 500)
            : requests.inbox(node, scope, open);
    model.addAttribute("requests", shown);
    model.addAttribute("nodes", requests.nodesOf(scope));
    model.addAttribute("node", node);
    model.addAttribute("open", open);
    model.addAttribute("enterprise", scope.kind() == DataScope.Kind.ENTERPRISE);
    model.addAttribute("mayAsk", scope.mayChange());
    return VIEW_LIST;
  }

  @GetMapping("/sme/requests/new")
  String form(DataScope scope, Model model) {
    return form(new NewRequest(null, null, null, null), null, scope, model);
  }

  /** A request's form fields, as posted. */
  record Form(
      @Nullable String enterpriseCode,
      @Nullable String categoryCode,
      @Nullable String title,
      @Nullable String description) {}

  @PostMapping("/sme/requests")
  String submit(Form form, DataScope scope, Principal principal, Model model, Locale locale) {
    NewRequest asked =
        new NewRequest(
            form.enterpriseCode(), form.categoryCode(), form.title(), form.description());
    try {
      long id = requests.submit(asked, scope, principal.getName(), Instant.now());
      return "redirect:/sme/requests/" + id;
    } catch (SmeRefused refused) {
      String error = locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh();
      return form(asked, error, scope, model);
    }
  }

  private String form(NewRequest asked, @Nullable String error, DataScope scope, Model model) {
    model.addAttribute("asked", asked);
    model.addAttribute("error", error);
    model.addAttribute("categories", network.categories());
    model.addAttribute("forOthers", scope.kind() != DataScope.Kind.ENTERPRISE);
    return VIEW_FORM;
  }

  @GetMapping("/sme/requests/{id}")
  String request(@PathVariable long id, DataScope scope, Model model) {
    RequestDetail detail = requests.detail(id, scope, ServiceRequests.day(Instant.now()));
    ServiceRequest r = detail.request();
    ServiceNode holder = network.node(r.nodeCode()).orElseThrow();
    model.addAttribute("d", detail);
    model.addAttribute("r", r);
    model.addAttribute("holder", holder);
    model.addAttribute("mayHandle", requests.mayHandle(r, scope));
    model.addAttribute(
        "mayRate", scope.kind() == DataScope.Kind.ENTERPRISE && !r.open() && r.rating() == null);
    // where it may go: up to the level above, or across to an agency offering its category
    model.addAttribute(
        "targets",
        network.nodes().stream()
            .filter(n -> !n.code().equals(holder.code()))
            .filter(
                n ->
                    n.code().equals(holder.parentCode())
                        || (n.kind() == NodeKind.AGENCY && n.offers(r.categoryCode())))
            .toList());
    return VIEW_REQUEST;
  }
}
