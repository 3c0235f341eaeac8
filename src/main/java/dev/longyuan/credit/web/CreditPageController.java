package dev.longyuan.credit.web;

import dev.longyuan.credit.CreditRecords;
import dev.longyuan.shared.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The credit records: the enterprises in scope with recorded facts, and an enterprise's page with
 * its score, grade, factors, grade history, facts and listings. An enterprise goes to its own.
 */
@Controller
class CreditPageController {

  static final String VIEW_LIST = "credit/records";
  static final String VIEW_RECORD = "credit/record";

  private final CreditRecords records;

  CreditPageController(CreditRecords records) {
    this.records = records;
  }

  @GetMapping("/credit")
  String list(@RequestParam(required = false) String code, DataScope scope, Model model) {
    if (scope.kind() == DataScope.Kind.ENTERPRISE) {
      return "redirect:/credit/enterprises/" + scope.enterprise();
    }
    if (code != null && !code.isBlank()) {
      return "redirect:/credit/enterprises/" + code.strip();
    }
    model.addAttribute("summaries", records.summaries(scope));
    model.addAttribute("mayRecord", CreditRecords.mayRecord(scope));
    return VIEW_LIST;
  }

  @GetMapping("/credit/enterprises/{code}")
  String record(@PathVariable String code, DataScope scope, Model model) {
    model.addAttribute("record", records.record(code, scope));
    model.addAttribute("mayRecord", CreditRecords.mayRecord(scope));
    model.addAttribute(
        "mayAppeal", CreditRecords.mayRecord(scope) || code.equals(scope.enterprise()));
    return VIEW_RECORD;
  }
}
