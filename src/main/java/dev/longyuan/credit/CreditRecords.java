package dev.longyuan.credit;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.credit.internal.GradeKeeper;
import dev.longyuan.credit.internal.InspectionChecks;
import dev.longyuan.credit.internal.InspectionWorkbook;
import dev.longyuan.credit.persistence.CreditFactRepository;
import dev.longyuan.credit.persistence.GradeRepository;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit records: an enterprise's evaluation with its factors, grade history and facts, read
 * within the user's scope; inspection results (one, or a file all or nothing), penalties and
 * complaints recorded by the province, each write re-grading the enterprise at once.
 */
@Service
public class CreditRecords {

  private final CreditFactRepository facts;
  private final GradeRepository grades;
  private final GradeKeeper keeper;
  private final ReportingService reporting;
  private final AuditLog audit;

  CreditRecords(
      CreditFactRepository facts,
      GradeRepository grades,
      GradeKeeper keeper,
      ReportingService reporting,
      AuditLog audit) {
    this.facts = facts;
    this.grades = grades;
    this.keeper = keeper;
    this.reporting = reporting;
    this.audit = audit;
  }

  /** Whether the scope may read this enterprise's record: all, its region, or itself. */
  public static boolean covers(DataScope scope, Enterprise enterprise) {
    return switch (scope.kind()) {
      case ALL -> true;
      case REGION -> scope.coversRegion(enterprise.regionCode().value());
      case ENTERPRISE -> enterprise.creditCode().value().equals(scope.enterprise());
    };
  }

  /** Whether the scope records facts and listings: the province's administrators alone. */
  public static boolean mayRecord(DataScope scope) {
    return scope.isEverything() && scope.mayChange();
  }

  /** An enterprise's evaluation now, its grade recorded if it changed since last stored. */
  @Transactional
  public CreditEvaluation evaluation(String enterpriseCode, DataScope scope) {
    readable(enterpriseCode, scope);
    return keeper.reevaluate(enterpriseCode, "重新评价 / re-evaluated on reading");
  }

  /** An enterprise's whole credit record. */
  @Transactional
  public CreditRecord record(String enterpriseCode, DataScope scope) {
    Enterprise enterprise = readable(enterpriseCode, scope);
    CreditEvaluation evaluation =
        keeper.reevaluate(enterpriseCode, "重新评价 / re-evaluated on reading");
    return new CreditRecord(
        enterpriseCode,
        enterprise.name(),
        enterprise.regionCode().value(),
        evaluation,
        grades.history(enterpriseCode),
        facts.inspections(enterpriseCode),
        facts.penalties(enterpriseCode),
        facts.complaints(enterpriseCode),
        keeper.listings(enterpriseCode));
  }

  /** The enterprises in scope with any fact recorded, with their evaluations now. */
  public List<Summary> summaries(DataScope scope) {
    List<String> codes = facts.enterprisesWithFacts();
    return reporting.enterprises(codes).stream()
        .filter(e -> covers(scope, e))
        .map(
            e ->
                new Summary(
                    e.creditCode().value(),
                    e.name(),
                    e.regionCode().value(),
                    keeper.evaluate(e.creditCode().value())))
        .toList();
  }

  /** An enterprise in a list of credit records. */
  public record Summary(
      String enterpriseCode, String name, String regionCode, CreditEvaluation evaluation) {}

  /**
   * The inspection results dated within the days given, oldest first, each with its enterprise's
   * name and county: what the quality safety warnings count.
   */
  public List<PlacedInspection> inspections(LocalDate from, LocalDate to) {
    List<Inspection> found = facts.inspectionsBetween(from, to);
    Map<String, Enterprise> enterprises =
        reporting
            .enterprises(found.stream().map(Inspection::enterpriseCode).distinct().toList())
            .stream()
            .collect(
                Collectors.toMap(e -> e.creditCode().value(), Function.identity(), (a, b) -> a));
    return found.stream()
        .filter(i -> enterprises.containsKey(i.enterpriseCode()))
        .map(
            i -> {
              Enterprise e = enterprises.get(i.enterpriseCode());
              return new PlacedInspection(i, e.name(), e.regionCode().value());
            })
        .toList();
  }

  /** Records one inspection result; the enterprise is re-graded at once. */
  @Transactional
  public long recordInspection(InspectionDraft draft, DataScope scope, String actor) {
    requireRecorder(scope);
    InspectionChecks.Result checked = check(List.of(new InspectionChecks.Numbered(0, draft)));
    if (!checked.errors().isEmpty()) {
      throw new CreditRefused(checked.errors());
    }
    return store(checked.inspections(), actor).get(0);
  }

  /**
   * Records the inspection results of a workbook, all or nothing: any bad row refuses the file and
   * every bad row is named, with the column as its header reads.
   */
  @Transactional
  public InspectionImport importInspections(byte[] workbook, DataScope scope, String actor) {
    requireRecorder(scope);
    InspectionWorkbook.Parsed parsed = InspectionWorkbook.read(workbook);
    if (!parsed.errors().isEmpty()) {
      return new InspectionImport(0, parsed.errors());
    }
    InspectionChecks.Result checked = check(parsed.rows());
    if (!checked.errors().isEmpty()) {
      return new InspectionImport(
          0,
          checked.errors().stream()
              .map(
                  e ->
                      new ImportError(
                          e.row(),
                          InspectionWorkbook.HEADERS.getOrDefault(e.column(), e.column()),
                          e.code(),
                          e.messageZh(),
                          e.messageEn()))
              .toList());
    }
    return new InspectionImport(store(checked.inspections(), actor).size(), List.of());
  }

  public byte[] inspectionTemplate() {
    return InspectionWorkbook.template();
  }

  /** Records an administrative penalty; the enterprise is re-graded at once. */
  @Transactional
  public long recordPenalty(PenaltyDraft draft, DataScope scope, String actor) {
    requireRecorder(scope);
    registered(draft.enterpriseCode());
    if (draft.documentNumber().isBlank()
        || draft.authority().isBlank()
        || draft.reason().isBlank()) {
      throw CreditRefused.of(
          "documentNumber",
          "field.required",
          "文号、机关和事由不能为空",
          "document number, authority and reason are required");
    }
    if (draft.amount().compareTo(BigDecimal.ZERO) < 0) {
      throw CreditRefused.of(
          "amount", "penalty.amount_negative", "罚款金额不能为负", "the amount cannot be negative");
    }
    if (facts.penaltyExists(draft.documentNumber())) {
      throw CreditRefused.of(
          "documentNumber",
          "penalty.duplicate",
          "处罚决定书 " + draft.documentNumber() + " 已登记",
          "the penalty decision " + draft.documentNumber() + " is already recorded");
    }
    long id = facts.insert(draft, actor);
    audit.record(
        actor, "credit", "credit.penalty.record", draft.enterpriseCode(), draft.documentNumber());
    keeper.reevaluate(
        draft.enterpriseCode(),
        "行政处罚 " + draft.documentNumber() + " / administrative penalty " + draft.documentNumber());
    return id;
  }

  /** Records a quality complaint; the enterprise is re-graded at once. */
  @Transactional
  public long recordComplaint(ComplaintDraft draft, DataScope scope, String actor) {
    requireRecorder(scope);
    registered(draft.enterpriseCode());
    if (draft.substance().isBlank()) {
      throw CreditRefused.of(
          "substance", "field.required", "投诉内容不能为空", "the substance is required");
    }
    long id = facts.insert(draft, actor);
    audit.record(
        actor,
        "credit",
        "credit.complaint.record",
        draft.enterpriseCode(),
        draft.date() + " " + draft.upheld());
    keeper.reevaluate(
        draft.enterpriseCode(),
        (draft.upheld() ? "质量投诉属实 " : "质量投诉未获支持 ")
            + draft.date()
            + " / complaint "
            + (draft.upheld() ? "upheld " : "not upheld ")
            + draft.date());
    return id;
  }

  private InspectionChecks.Result check(List<InspectionChecks.Numbered> rows) {
    List<String> codes =
        rows.stream()
            .map(r -> r.draft().enterpriseCode())
            .filter(Objects::nonNull)
            .map(String::strip)
            .toList();
    Map<String, Enterprise> registered =
        reporting.enterprises(codes).stream()
            .collect(
                Collectors.toMap(e -> e.creditCode().value(), Function.identity(), (a, b) -> a));
    return new InspectionChecks(registered, LocalDate.now()).check(rows);
  }

  private List<Long> store(List<Inspection> inspections, String actor) {
    List<Long> ids = inspections.stream().map(i -> facts.insert(i, actor)).toList();
    for (Inspection i : inspections) {
      audit.record(
          actor,
          "credit",
          "credit.inspection.record",
          i.enterpriseCode(),
          i.product() + " " + i.batch() + " " + (i.passed() ? "pass" : "fail") + " " + i.date());
    }
    inspections.stream()
        .collect(Collectors.groupingBy(Inspection::enterpriseCode))
        .forEach(
            (code, list) -> {
              List<Inspection> failed = list.stream().filter(i -> !i.passed()).toList();
              String cause =
                  failed.isEmpty()
                      ? "监督抽查合格 / inspections passed"
                      : failed.stream()
                          .map(
                              i ->
                                  "监督抽查不合格："
                                      + i.product()
                                      + "（批次 "
                                      + i.batch()
                                      + "，"
                                      + i.date()
                                      + "）/ failed inspection: "
                                      + i.product()
                                      + " batch "
                                      + i.batch())
                          .collect(Collectors.joining("；"));
              keeper.reevaluate(code, cause);
            });
    return ids;
  }

  private Enterprise readable(String enterpriseCode, DataScope scope) {
    Enterprise enterprise =
        reporting
            .enterprise(enterpriseCode)
            .orElseThrow(() -> CreditRefused.unknownEnterprise(enterpriseCode));
    if (!covers(scope, enterprise)) {
      throw CreditRefused.outsideScope();
    }
    return enterprise;
  }

  private Enterprise registered(String enterpriseCode) {
    return reporting
        .enterprise(enterpriseCode)
        .orElseThrow(() -> CreditRefused.unregistered(enterpriseCode));
  }

  static void requireRecorder(DataScope scope) {
    if (!mayRecord(scope)) {
      throw CreditRefused.of(
          "",
          "scope.outside",
          "只有省级管理员可以登记信用信息",
          "only the province's administrators record credit facts");
    }
  }
}
