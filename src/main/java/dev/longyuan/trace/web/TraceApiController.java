package dev.longyuan.trace.web;

import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.HerbProfile;
import dev.longyuan.trace.internal.RecallService;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's reach — every lot and party downstream and every source upstream — and its recall, which
 * marks the lot and everything downstream on their public pages.
 */
@RestController
class TraceApiController {

  /** Why a lot is recalled, in both languages. */
  record RecallRequest(@NotBlank String reasonZh, @NotBlank String reasonEn) {}

  private final RecallService recalls;

  TraceApiController(RecallService recalls) {
    this.recalls = recalls;
  }

  @GetMapping("/api/trace/lots/{code}")
  RecallService.Reach reach(@PathVariable String code) {
    return recalls.reach(lot(code));
  }

  @PostMapping("/api/trace/lots/{code}/recalls")
  ResponseEntity<Map<String, Object>> recall(
      @PathVariable String code, @RequestBody RecallRequest request, Principal user) {
    String lot = lot(code);
    long id = recalls.recall(lot, request.reasonZh(), request.reasonEn(), user.getName());
    RecallService.Reach reach = recalls.reach(lot);
    return ResponseEntity.created(URI.create("/trace/" + code))
        .body(
            Map.of(
                "id",
                id,
                "lot",
                lot,
                "affectedLots",
                reach.downstream(),
                "parties",
                reach.downstreamParties()));
  }

  private static String lot(String code) {
    return HerbProfile.lotOfCode(code)
        .orElseThrow(
            () ->
                new EpcisRefused(
                    "trace.lot.unknown",
                    "批次码应为 GTIN-批号，而不是 " + code,
                    "a lot's code is GTIN-batch, not " + code));
  }
}
