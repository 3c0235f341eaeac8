package dev.longyuan.smeservices.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.smeservices.ServiceRequests;
import java.security.Principal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What a node's staff and the enterprise do to a request from its page; each returns to it. */
@Controller
class RequestActionController {

  private final ServiceRequests requests;

  RequestActionController(ServiceRequests requests) {
    this.requests = requests;
  }

  @PostMapping("/sme/requests/{id}/acknowledge")
  String acknowledge(@PathVariable long id, DataScope scope, Principal principal) {
    requests.acknowledge(id, scope, principal.getName(), Instant.now());
    return back(id);
  }

  @PostMapping("/sme/requests/{id}/forward")
  String forward(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String note,
      DataScope scope,
      Principal principal) {
    requests.forward(id, to, note, scope, principal.getName(), Instant.now());
    return back(id);
  }

  @PostMapping("/sme/requests/{id}/resolve")
  String resolve(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String resolution,
      @RequestParam(required = false) @Nullable String fee,
      DataScope scope,
      Principal principal) {
    requests.resolve(id, resolution, fee, scope, principal.getName(), Instant.now());
    return back(id);
  }

  @PostMapping("/sme/requests/{id}/rating")
  String rate(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Integer rating,
      @RequestParam(required = false) @Nullable String comment,
      DataScope scope,
      Principal principal) {
    requests.rate(
        id, rating == null ? 0 : rating, comment, scope, principal.getName(), Instant.now());
    return back(id);
  }

  private static String back(long id) {
    return "redirect:/sme/requests/" + id;
  }
}
