package dev.longyuan.sharing.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.CapacityRequestDraft;
import dev.longyuan.sharing.ResourceDraft;
import dev.longyuan.sharing.ResourceView;
import dev.longyuan.sharing.Sharing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The shared equipment and capacity API: the directory, registration and capacity requests, every
 * resource shown as its reader may see it.
 */
@RestController
@Tag(name = "sharing", description = "共享设备设施与富余产能 / Shared equipment and capacity")
class SharingApiController {

  private final Sharing sharing;

  SharingApiController(Sharing sharing) {
    this.sharing = sharing;
  }

  @GetMapping("/api/sharing/resources")
  @Operation(
      summary = "The directory, filtered by kind, process, city, level and text (q)",
      description =
          "A restricted resource's specification, county, price terms, contact and calendar are"
              + " null unless the user is cleared, its owner, or province staff.")
  List<ResourceView> resources(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String process,
      @RequestParam(required = false) @Nullable String city,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String q,
      DataScope scope,
      Principal principal) {
    return sharing.directory(
        Filters.of(kind, process, city, level, q), sharing.viewer(scope, principal.getName()));
  }

  @GetMapping("/api/sharing/resources/{id}")
  @Operation(summary = "One resource, as the user may see it")
  ResourceView resource(@PathVariable long id, DataScope scope, Principal principal) {
    return sharing.resource(id, sharing.viewer(scope, principal.getName()));
  }

  @PostMapping("/api/sharing/resources")
  @Operation(
      summary = "Register a resource",
      description =
          "kind (EQUIPMENT, INSTRUMENT, TESTING, CAPACITY), name, enterpriseCode, countyCode,"
              + " specification, openDays (\"1-5\"), openHours (\"08:00-16:00\"), availableFrom,"
              + " availableTo, blockedDates (\"2027-06-01;2027-06-02\"), priceTerms, contact, level"
              + " (PUBLIC, RESTRICTED); for CAPACITY processCode, monthlyCapacity, capacityUnit.")
  ResponseEntity<ResourceView> register(
      @RequestBody ResourceDraft draft, DataScope scope, Principal principal) {
    long id = sharing.register(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(sharing.resource(id, sharing.viewer(scope, principal.getName())));
  }

  @PostMapping("/api/sharing/imports")
  @Operation(
      summary = "Register the resources of a workbook, all or none",
      description = "The sheet 共享资源 of the template; any bad row refuses the file.")
  Map<String, Object> importWorkbook(
      @RequestParam MultipartFile file, DataScope scope, Principal principal) throws IOException {
    return Map.of(
        "registered", sharing.importWorkbook(file.getBytes(), scope, principal.getName()));
  }

  @PostMapping("/api/sharing/capacity-requests")
  @Operation(
      summary = "Post a capacity request and get its matches",
      description =
          "processCode, quantity, unit, deliverBy, regionCode, enterpriseCode: posted to the market"
              + " as a demand; the matches are the spare capacities of the process it found.")
  ResponseEntity<Map<String, Object>> requestCapacity(
      @RequestBody CapacityRequestDraft draft, DataScope scope, Principal principal) {
    long id = sharing.requestCapacity(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(capacity(id, scope, principal));
  }

  @GetMapping("/api/sharing/capacity-requests/{id}")
  @Operation(summary = "A capacity request with its matches, as the user may see them")
  Map<String, Object> capacityRequest(@PathVariable long id, DataScope scope, Principal principal) {
    return capacity(id, scope, principal);
  }

  private Map<String, Object> capacity(long id, DataScope scope, Principal principal) {
    return Map.of(
        "request", sharing.capacityRequest(id, scope),
        "matches", sharing.matches(id, sharing.viewer(scope, principal.getName())));
  }
}
