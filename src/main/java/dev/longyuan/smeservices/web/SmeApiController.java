package dev.longyuan.smeservices.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.smeservices.NetworkFigures;
import dev.longyuan.smeservices.NewRequest;
import dev.longyuan.smeservices.RequestDetail;
import dev.longyuan.smeservices.ServiceCategory;
import dev.longyuan.smeservices.ServiceNetwork;
import dev.longyuan.smeservices.ServiceNode;
import dev.longyuan.smeservices.ServiceRequest;
import dev.longyuan.smeservices.ServiceRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SME service network on the API: its directory, requests and figures, by the user's scope. */
@RestController
@Tag(name = "sme", description = "中小企业公共服务平台网络 / SME public service network")
class SmeApiController {

  private final ServiceNetwork network;
  private final ServiceRequests requests;
  private final NetworkFigures figures;
  private final Clock clock = Clock.systemUTC();

  SmeApiController(ServiceNetwork network, ServiceRequests requests, NetworkFigures figures) {
    this.network = network;
    this.requests = requests;
    this.figures = figures;
  }

  /** The directory: the national categories and every node with its catalogue. */
  record Directory(List<ServiceCategory> categories, List<ServiceNode> nodes) {}

  @GetMapping("/api/sme/network")
  @Operation(summary = "The network's nodes (hub, windows, touchpoints, agencies) and catalogues")
  Directory network() {
    return new Directory(network.categories(), network.nodes());
  }

  @PostMapping("/api/sme/requests")
  @Operation(
      summary = "Asks for a service: 201 with the request's id",
      description =
          "Body {categoryCode, title, description, enterpriseCode}: an enterprise user asks for"
              + " itself (enterpriseCode may be left out); a node's staff give an enterprise of"
              + " their region. The request goes to the enterprise's county touchpoint, else its"
              + " city's window; deadlines are counted in working days of the Chinese calendar.")
  ResponseEntity<Map<String, Long>> submit(
      @RequestBody NewRequest asked, DataScope scope, Principal principal) {
    long id = requests.submit(asked, scope, principal.getName(), clock.instant());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  @GetMapping("/api/sme/requests")
  @Operation(summary = "The requests the user sees, newest first (open ones only with open=true)")
  List<ServiceRequest> list(@RequestParam(defaultValue = "false") boolean open, DataScope scope) {
    return requests.requests(scope, open, 500);
  }

  @GetMapping("/api/sme/requests/{id}")
  @Operation(summary = "A request with its hops and its deadlines (the service-level clock today)")
  RequestDetail request(@PathVariable long id, DataScope scope) {
    return requests.detail(id, scope, ServiceRequests.day(clock.instant()));
  }

  @PostMapping("/api/sme/requests/{id}/acknowledge")
  @Operation(summary = "The node holding the request acknowledges it")
  RequestDetail acknowledge(@PathVariable long id, DataScope scope, Principal principal) {
    requests.acknowledge(id, scope, principal.getName(), clock.instant());
    return request(id, scope);
  }

  /** Where a request goes, and why. */
  record Forward(@Nullable String to, @Nullable String note) {}

  @PostMapping("/api/sme/requests/{id}/forward")
  @Operation(summary = "Passes the request up to the level above, or across to an agency")
  RequestDetail forward(
      @PathVariable long id, @RequestBody Forward forward, DataScope scope, Principal principal) {
    requests.forward(id, forward.to(), forward.note(), scope, principal.getName(), clock.instant());
    return request(id, scope);
  }

  /** How a request was resolved, and on what terms (free, low_cost, market). */
  record Resolve(@Nullable String resolution, @Nullable String fee) {}

  @PostMapping("/api/sme/requests/{id}/resolve")
  @Operation(summary = "The node resolves the request (fee defaults to its catalogue's terms)")
  RequestDetail resolve(
      @PathVariable long id, @RequestBody Resolve resolve, DataScope scope, Principal principal) {
    requests.resolve(
        id, resolve.resolution(), resolve.fee(), scope, principal.getName(), clock.instant());
    return request(id, scope);
  }

  /** The enterprise's rating, 1 to 5, and its comment. */
  record Rating(@Nullable Integer rating, @Nullable String comment) {}

  @PostMapping("/api/sme/requests/{id}/rating")
  @Operation(summary = "The enterprise rates its resolved request, once")
  RequestDetail rate(
      @PathVariable long id, @RequestBody Rating rating, DataScope scope, Principal principal) {
    requests.rate(
        id,
        rating.rating() == null ? 0 : rating.rating(),
        rating.comment(),
        scope,
        principal.getName(),
        clock.instant());
    return request(id, scope);
  }

  @GetMapping("/api/sme/figures")
  @Operation(
      summary = "A year's figures of the network for a region (the user's own by default)",
      description =
          "Over the requests made that year: SMEs served, requests by category, on-time share,"
              + " satisfaction (ratings of 4 or 5; national bar 80%, aim 90%), public-benefit"
              + " share; and the counties covered by touchpoints at the year's end.")
  NetworkFigures.Figures figures(
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope) {
    int asked = year == null ? LocalDate.now(ServiceRequests.BEIJING).getYear() : year;
    return figures.figures(asked, region, scope);
  }
}
