package dev.longyuan.credit.web;

import dev.longyuan.credit.Blacklist;
import dev.longyuan.credit.CreditRecords;
import dev.longyuan.credit.ListingDraft;
import dev.longyuan.shared.DataScope;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The blacklist: the province's page of listings with their workflow (list, decide an appeal,
 * repair), the appeal an enterprise makes from its credit page, and the public disclosure (公示).
 */
@Controller
class BlacklistPageController {

  static final String VIEW_ADMIN = "credit/blacklist";
  static final String VIEW_PUBLIC = "credit/disclosure";

  private final Blacklist blacklist;

  BlacklistPageController(Blacklist blacklist) {
    this.blacklist = blacklist;
  }

  @GetMapping("/public/credit/blacklist")
  String disclosure(Model model) {
    model.addAttribute("listings", blacklist.inForce());
    return VIEW_PUBLIC;
  }

  @GetMapping("/credit/blacklist")
  String admin(DataScope scope, Model model) {
    model.addAttribute("listings", blacklist.listings(scope));
    model.addAttribute("mayRecord", CreditRecords.mayRecord(scope));
    model.addAttribute("mayAppeal", CreditRecords.mayRecord(scope));
    return VIEW_ADMIN;
  }

  @PostMapping("/credit/blacklist")
  String list(
      @RequestParam String enterpriseCode,
      @RequestParam String reason,
      @RequestParam String basis,
      @RequestParam String documentNumber,
      @RequestParam String from,
      @RequestParam(defaultValue = "") String to,
      DataScope scope,
      Principal principal) {
    blacklist.list(
        new ListingDraft(enterpriseCode, reason, basis, documentNumber, from, to),
        scope,
        principal.getName());
    return "redirect:/credit/blacklist";
  }

  @PostMapping("/credit/blacklist/{id}/appeal")
  String appeal(
      @PathVariable long id,
      @RequestParam String appeal,
      @RequestParam String enterpriseCode,
      DataScope scope,
      Principal principal) {
    blacklist.appeal(id, appeal, scope, principal.getName());
    return "redirect:/credit/enterprises/" + enterpriseCode;
  }

  @PostMapping("/credit/blacklist/{id}/decision")
  String decide(
      @PathVariable long id,
      @RequestParam boolean upheld,
      @RequestParam String decision,
      DataScope scope,
      Principal principal) {
    blacklist.decideAppeal(id, upheld, decision, scope, principal.getName());
    return "redirect:/credit/blacklist";
  }

  @PostMapping("/credit/blacklist/{id}/repair")
  String repair(
      @PathVariable long id, @RequestParam String decision, DataScope scope, Principal principal) {
    blacklist.repair(id, decision, scope, principal.getName());
    return "redirect:/credit/blacklist";
  }
}
