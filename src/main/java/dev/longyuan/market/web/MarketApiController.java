package dev.longyuan.market.web;

import dev.longyuan.market.Demand;
import dev.longyuan.market.DemandDraft;
import dev.longyuan.market.Market;
import dev.longyuan.market.MarketDeals;
import dev.longyuan.market.MarketImport;
import dev.longyuan.market.MarketImports;
import dev.longyuan.market.Match;
import dev.longyuan.market.MatchState;
import dev.longyuan.market.OutsidePurchaseDraft;
import dev.longyuan.market.ProcurementShare;
import dev.longyuan.market.StepDraft;
import dev.longyuan.market.Supply;
import dev.longyuan.market.SupplyDraft;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Supply-demand matching on the API, within the signed-in user's data scope. */
@RestController
@Tag(name = "market", description = "产销对接 / Supply-demand matching")
class MarketApiController {

  private final Market market;
  private final MarketDeals deals;
  private final MarketImports imports;

  MarketApiController(Market market, MarketDeals deals, MarketImports imports) {
    this.market = market;
    this.deals = deals;
    this.imports = imports;
  }

  @PostMapping("/api/market/demands")
  @Operation(
      summary = "Posts a demand: 201 with its id",
      description =
          "title, specification, categoryCode (GB/T 4754-2017 such as C3311, or a GB/T 50851-2013"
              + " code of 2, 4 or 8 digits), quantity, unit, deliveryRegionCode (GB/T 2260),"
              + " deliveryPlace, deliverBy (YYYY-MM-DD), budget (万元), contact; projectCode (a key"
              + " project the user sees) and enterpriseCode (the buyer; an enterprise user's own)"
              + " optional.")
  ResponseEntity<Map<String, Long>> postDemand(
      @RequestBody DemandDraft draft, DataScope scope, Principal principal) {
    long id = market.postDemand(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  @PostMapping("/api/market/supplies")
  @Operation(
      summary = "Posts a supply of an in-province enterprise: 201 with its id",
      description =
          "enterpriseCode (registered), product, specification, categoryCode, monthlyCapacity,"
              + " unit, regionCode (the enterprise's when left out), priceMin, priceMax (元 per"
              + " unit), certifications, availableFrom (today when left out).")
  ResponseEntity<Map<String, Long>> postSupply(
      @RequestBody SupplyDraft draft, DataScope scope, Principal principal) {
    long id = market.postSupply(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  @GetMapping("/api/market/demands")
  @Operation(summary = "The demands in the user's scope, newest first")
  List<Demand> demands(DataScope scope) {
    return market.demands(scope);
  }

  @GetMapping("/api/market/demands/{id}")
  @Operation(summary = "A demand")
  Demand demand(@PathVariable long id, DataScope scope) {
    return market.demand(id, scope);
  }

  @GetMapping("/api/market/supplies")
  @Operation(summary = "The supplies in the user's scope, newest first")
  List<Supply> supplies(DataScope scope) {
    return market.supplies(scope);
  }

  @GetMapping("/api/market/demands/{id}/matches")
  @Operation(
      summary = "The ranked matches of a demand",
      description =
          "[{supplyId, score, signals: {text, category, location, capacity, record}}], best"
              + " first, equal scores by supplyId. Only supplies in the demand's category (GB/T"
              + " 4754 division or GB/T 50851 first-level class), in its unit, able to deliver"
              + " the quantity by the date at their monthly capacity, and not excluded. Score ="
              + " 0.45 text + 0.20 category + 0.15 location + 0.10 capacity + 0.10 record.")
  List<Match> matches(
      @PathVariable long id,
      @RequestParam(defaultValue = "" + Market.SHOWN) int limit,
      DataScope scope) {
    return market.matches(id, scope, limit);
  }

  @PostMapping("/api/market/demands/{id}/steps")
  @Operation(
      summary = "Takes a step of a demand's match with a supply",
      description =
          "{supplyId, status: contacted | deal | delivered | declined, amount (万元, a deal's),"
              + " date, reason (declined)}: suggested → contacted → deal → delivered, or"
              + " declined from suggested or contacted. Both sides are notified.")
  MatchState step(
      @PathVariable long id, @RequestBody StepDraft draft, DataScope scope, Principal principal) {
    return deals.step(id, draft, scope, principal.getName());
  }

  @PostMapping("/api/market/demands/{id}/outside-purchases")
  @Operation(
      summary = "Records what a demand's owner bought outside the province instead: 201 with id",
      description = "{amount (万元), date, note}: the other side of 省内采购占比.")
  ResponseEntity<Map<String, Long>> outside(
      @PathVariable long id,
      @RequestBody OutsidePurchaseDraft draft,
      DataScope scope,
      Principal principal) {
    long created = deals.buyOutside(id, draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", created));
  }

  @GetMapping("/api/market/statistics")
  @Operation(
      summary = "省内采购占比: in-province procurement share by sector, city and key project",
      description =
          "Amounts in 万元: deals and deliveries with in-province suppliers against purchases"
              + " recorded outside the province, of the demands in the user's regions.")
  ProcurementShare statistics(DataScope scope) {
    return deals.share(scope);
  }

  @PostMapping("/api/market/imports")
  @Operation(
      summary = "Imports a market workbook (XLSX), all or nothing",
      description =
          "Sheets 需求 and 供给 as in the template (/market/template.xlsx). 200 with the counts"
              + " written, or 400 with every refused row and nothing written.")
  ResponseEntity<MarketImport> importWorkbook(
      @RequestParam MultipartFile file, DataScope scope, Principal principal) throws IOException {
    MarketImport done = imports.importWorkbook(file.getBytes(), scope, principal.getName());
    return ResponseEntity.status(done.accepted() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
        .body(done);
  }
}
