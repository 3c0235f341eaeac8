package dev.longyuan.smeservices.web;

import dev.longyuan.smeservices.NodeDraft;
import dev.longyuan.smeservices.ServiceNetwork;
import dev.longyuan.smeservices.ServiceNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The province records the network's nodes on the API. */
@RestController
@Tag(name = "sme", description = "中小企业公共服务平台网络 / SME public service network")
class NodeApiController {

  private final ServiceNetwork network;

  NodeApiController(ServiceNetwork network) {
    this.network = network;
  }

  @PostMapping("/api/sme/nodes")
  @Operation(
      summary = "Records a node, or changes the names, opening day and catalogue of one",
      description =
          "Body {code, kind (hub, window, touchpoint, agency), nameZh, nameEn, regionCode,"
              + " parentCode, openedOn (YYYY-MM-DD), offers [{categoryCode, fee (free, low_cost,"
              + " market)}]}: a hub in the province, a window in a city under the hub, a"
              + " touchpoint in a county under its city's window, an agency under a window or the"
              + " hub. 201 with the node as stored.")
  ResponseEntity<ServiceNode> record(@RequestBody NodeDraft draft, Principal principal) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(network.record(draft, principal.getName()));
  }
}
