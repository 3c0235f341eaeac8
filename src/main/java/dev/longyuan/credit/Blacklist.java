package dev.longyuan.credit;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.credit.internal.GradeKeeper;
import dev.longyuan.credit.persistence.ListingRepository;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality blacklist (质量黑名单): the province lists an enterprise with reason, legal basis,
 * document number and dates; the enterprise (or the province on its behalf) appeals (申诉); the
 * province upholds the appeal, removing the listing, or refuses it, leaving it in force; and the
 * province removes a listing whose enterprise has repaired its credit (信用修复). Every step is audited
 * and re-grades the enterprise at once.
 */
@Service
public class Blacklist {

  private final ListingRepository listings;
  private final GradeKeeper keeper;
  private final ReportingService reporting;
  private final AuditLog audit;

  Blacklist(
      ListingRepository listings, GradeKeeper keeper, ReportingService reporting, AuditLog audit) {
    this.listings = listings;
    this.keeper = keeper;
    this.reporting = reporting;
    this.audit = audit;
  }

  /** The listings in force today, for the public disclosure (公示). */
  public List<Listing> inForce() {
    return listings.inForce(LocalDate.now()).stream().map(keeper::listing).toList();
  }

  /** Every listing, newest first: the province's, or the enterprise's own. */
  public List<Listing> listings(DataScope scope) {
    if (scope.isEverything()) {
      return listings.all().stream().map(keeper::listing).toList();
    }
    if (scope.kind() == DataScope.Kind.ENTERPRISE) {
      return keeper.listings(scope.enterprise());
    }
    return listings.all().stream()
        .filter(
            r ->
                reporting
                    .enterprise(r.enterpriseCode())
                    .map(e -> scope.coversRegion(e.regionCode().value()))
                    .orElse(false))
        .map(keeper::listing)
        .toList();
  }

  /** Lists an enterprise; every problem of the request is named at once. */
  @Transactional
  public long list(ListingDraft draft, DataScope scope, String actor) {
    CreditRecords.requireRecorder(scope);
    List<ImportError> problems = new ArrayList<>();
    String code = text(draft.enterpriseCode(), "enterpriseCode", "统一社会信用代码", problems);
    if (code != null) {
      if (!CreditCode.isValid(code)) {
        problems.add(
            new ImportError(
                0,
                "enterpriseCode",
                "enterprise.code_invalid",
                "统一社会信用代码无效：" + CreditCode.problemZh(code).orElse(""),
                "the credit code is not valid: " + CreditCode.problemEn(code).orElse("")));
      } else if (reporting.enterprise(code).isEmpty()) {
        problems.add(CreditRefused.unregistered(code).problems().get(0));
      }
    }
    String reason = text(draft.reason(), "reason", "列入原因", problems);
    String basis = text(draft.basis(), "basis", "法律依据", problems);
    String document = text(draft.documentNumber(), "documentNumber", "决定文号", problems);
    if (document != null && listings.documentExists(document)) {
      problems.add(
          new ImportError(
              0,
              "documentNumber",
              "listing.duplicate",
              "文号 " + document + " 已用于一项列入",
              "the document " + document + " already lists an enterprise"));
    }
    LocalDate from = date(draft.from(), "from", problems);
    if (draft.from() == null || draft.from().isBlank()) {
      problems.add(new ImportError(0, "from", "field.required", "列入日期不能为空", "from is required"));
    }
    LocalDate to = date(draft.to(), "to", problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          new ImportError(
              0,
              "to",
              "listing.dates_reversed",
              "移出日期 " + to + " 早于列入日期 " + from,
              "the end " + to + " is before the start " + from));
    }
    if (!problems.isEmpty()) {
      throw new CreditRefused(problems);
    }
    long id = listings.insert(code, reason, basis, document, from, to, actor);
    audit.record(
        actor,
        "credit",
        "credit.blacklist.list",
        code,
        document + " " + from + "–" + (to == null ? "" : to));
    keeper.reevaluate(code, "列入质量黑名单（" + document + "）/ blacklisted (" + document + ")");
    return id;
  }

  /** The enterprise appeals a listing in force; the listing stays in force until decided. */
  @Transactional
  public void appeal(long id, String text, DataScope scope, String actor) {
    ListingRepository.Row row = find(id);
    boolean own =
        scope.kind() == DataScope.Kind.ENTERPRISE
            && row.enterpriseCode().equals(scope.enterprise());
    if (!own && !CreditRecords.mayRecord(scope)) {
      throw CreditRefused.outsideScope();
    }
    if (row.state() != ListingState.LISTED) {
      throw refusedStep(row, "申诉", "appeal");
    }
    if (text.isBlank()) {
      throw CreditRefused.of(
          "appeal", "field.required", "申诉理由不能为空", "the appeal's grounds are required");
    }
    listings.appeal(id, text.strip(), actor);
    audit.record(
        actor, "credit", "credit.blacklist.appeal", row.enterpriseCode(), row.documentNumber());
  }

  /**
   * The province decides an appeal: upheld removes the listing; refused leaves it listed, in force.
   */
  @Transactional
  public void decideAppeal(
      long id, boolean upheld, String decision, DataScope scope, String actor) {
    CreditRecords.requireRecorder(scope);
    ListingRepository.Row row = find(id);
    if (row.state() != ListingState.APPEALED) {
      throw refusedStep(row, "申诉决定", "appeal decision");
    }
    requireDecision(decision);
    listings.decide(
        id, upheld ? ListingState.REMOVED : ListingState.LISTED, decision.strip(), actor);
    audit.record(
        actor,
        "credit",
        upheld ? "credit.blacklist.appeal_upheld" : "credit.blacklist.appeal_refused",
        row.enterpriseCode(),
        row.documentNumber());
    keeper.reevaluate(
        row.enterpriseCode(),
        upheld
            ? "申诉成立，移出质量黑名单（"
                + row.documentNumber()
                + "）/ appeal upheld, removed from the blacklist"
            : "申诉不成立（" + row.documentNumber() + "）/ appeal refused");
  }

  /** The province removes a listing after credit repair (信用修复). */
  @Transactional
  public void repair(long id, String decision, DataScope scope, String actor) {
    CreditRecords.requireRecorder(scope);
    ListingRepository.Row row = find(id);
    if (row.state() != ListingState.LISTED) {
      throw refusedStep(row, "信用修复", "credit repair");
    }
    requireDecision(decision);
    listings.decide(id, ListingState.REMOVED, decision.strip(), actor);
    audit.record(
        actor, "credit", "credit.blacklist.repair", row.enterpriseCode(), row.documentNumber());
    keeper.reevaluate(
        row.enterpriseCode(),
        "信用修复，移出质量黑名单（" + row.documentNumber() + "）/ credit repaired, removed from the blacklist");
  }

  private ListingRepository.Row find(long id) {
    return listings
        .find(id)
        .orElseThrow(
            () ->
                CreditRefused.of(
                    "id",
                    "listing.unknown",
                    "没有编号为 " + id + " 的列入记录",
                    "no listing has the id " + id));
  }

  private static CreditRefused refusedStep(
      ListingRepository.Row row, String stepZh, String stepEn) {
    return CreditRefused.of(
        "state",
        "listing.state",
        "该列入记录处于“" + row.state().name().toLowerCase(java.util.Locale.ROOT) + "”状态，不能" + stepZh,
        "a listing that is "
            + row.state().name().toLowerCase(java.util.Locale.ROOT)
            + " cannot take the step "
            + stepEn);
  }

  private static void requireDecision(String decision) {
    if (decision.isBlank()) {
      throw CreditRefused.of(
          "decision", "field.required", "决定理由不能为空", "the decision's grounds are required");
    }
  }

  private static @Nullable String text(
      @Nullable String value, String field, String nameZh, List<ImportError> problems) {
    if (value == null || value.isBlank()) {
      problems.add(
          new ImportError(0, field, "field.required", nameZh + "不能为空", field + " is required"));
      return null;
    }
    return value.strip();
  }

  private static @Nullable LocalDate date(
      @Nullable String value, String field, List<ImportError> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(
          new ImportError(
              0,
              field,
              "date.invalid",
              "日期“" + value + "”不是 YYYY-MM-DD 格式",
              "the date \"" + value + "\" is not YYYY-MM-DD"));
      return null;
    }
  }
}
