package dev.longyuan.credit.internal;

import dev.longyuan.credit.CreditEvaluation;
import dev.longyuan.credit.GradeChange;
import dev.longyuan.credit.Listing;
import dev.longyuan.credit.persistence.CreditFactRepository;
import dev.longyuan.credit.persistence.GradeRepository;
import dev.longyuan.credit.persistence.ListingRepository;
import dev.longyuan.programs.Programmes;
import dev.longyuan.reporting.Approvals;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.trace.ProducerRecalls;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates an enterprise from its stored facts under the latest rule version, and keeps its grade
 * history: a row whenever the grade (or the rule version) differs from the last one stored, with
 * the cause the caller names. Evaluating on every read as well as after every write means that
 * facts kept elsewhere (reporting's returns, programmes' recognitions) show at once too.
 */
@Component
public class GradeKeeper {

  private final CreditFactRepository facts;
  private final ListingRepository listings;
  private final GradeRepository grades;
  private final Approvals approvals;
  private final Programmes programmes;
  private final ReportingService reporting;
  private final ProducerRecalls recalls;
  private final JsonMapper json = JsonMapper.builder().build();

  GradeKeeper(
      CreditFactRepository facts,
      ListingRepository listings,
      GradeRepository grades,
      Approvals approvals,
      Programmes programmes,
      ReportingService reporting,
      ProducerRecalls recalls) {
    this.facts = facts;
    this.listings = listings;
    this.grades = grades;
    this.approvals = approvals;
    this.programmes = programmes;
    this.reporting = reporting;
    this.recalls = recalls;
  }

  /** The evaluation as of today, without recording anything. */
  public CreditEvaluation evaluate(String enterprise) {
    GradeRepository.RuleVersion version = grades.latestRules();
    CreditRules rules = json.readValue(version.rules(), CreditRules.class);
    LocalDate today = LocalDate.now();
    int months = Math.max(rules.reportingReturned().months(), rules.reportingReopened().months());
    var evaluator = new Evaluator(rules, version.version());
    return evaluator.evaluate(
        new Evaluator.Facts(
            today,
            facts.inspections(enterprise),
            facts.penalties(enterprise),
            facts.complaints(enterprise),
            recalls.of(enterprise),
            approvals.conduct(enterprise, OffsetDateTime.now().minusMonths(months)),
            approvals.filings(enterprise),
            programmes.recognitionsOf(enterprise, today.getYear()),
            listings(enterprise)));
  }

  /** Evaluates and, when the grade changed, records the change with its cause. */
  @Transactional
  public CreditEvaluation reevaluate(String enterprise, String cause) {
    grades.lock(enterprise);
    CreditEvaluation now = evaluate(enterprise);
    Optional<GradeChange> last = grades.latest(enterprise);
    if (last.isEmpty()
        || last.get().grade() != now.grade()
        || last.get().ruleVersion() != now.ruleVersion()) {
      grades.insert(enterprise, now, cause);
    }
    return now;
  }

  public List<Listing> listings(String enterprise) {
    return listings.ofEnterprise(enterprise).stream().map(this::listing).toList();
  }

  public Listing listing(ListingRepository.Row r) {
    return new Listing(
        r.id(),
        r.enterpriseCode(),
        reporting.unitName(r.enterpriseCode()),
        r.reason(),
        r.basis(),
        r.documentNumber(),
        r.from(),
        r.to(),
        r.state(),
        r.listedBy(),
        r.appeal(),
        r.appealedBy(),
        r.decision(),
        r.decidedBy());
  }
}
