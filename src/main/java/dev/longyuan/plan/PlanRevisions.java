package dev.longyuan.plan;

import dev.longyuan.plan.persistence.RevisionStore;
import dev.longyuan.shared.AttachmentFile;
import dev.longyuan.shared.AttachmentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of the plans and the plan in force on a day: the plan as first issued with every
 * revision in force by then applied in turn — a changed target takes the revision's value and
 * sentence, an added task joins the plan's. The plan as issued stays as it was, so the original of
 * every changed target can be shown beside the one in force.
 */
@Service
public class PlanRevisions {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final PlanCatalog plans;
  private final RevisionStore store;
  private final Map<String, List<RevisionStore.Stored>> stored = new ConcurrentHashMap<>();
  private final Map<String, Applied> applied = new ConcurrentHashMap<>();

  /** A plan in force kept for the plan as issued it was made from and the revisions applied. */
  private record Applied(Plan issued, int revisions, Plan inForce) {}

  PlanRevisions(PlanCatalog plans, RevisionStore store) {
    this.plans = plans;
    this.store = store;
  }

  /** The plan's revisions in the order made, each target change with the original beside it. */
  public List<PlanRevision> revisions(String planId) {
    Plan plan = plans.plan(planId).orElseThrow(() -> unknownPlan(planId));
    return stored(planId).stream().map(s -> revision(plan, s)).toList();
  }

  /**
   * The plan in force on the day: the same object for as long as the plan and the revisions in
   * force stay the same, so that results computed from it may be kept.
   */
  public Plan inForce(Plan issued, LocalDate day) {
    List<RevisionStore.Stored> all = stored(issued.id());
    int count = (int) all.stream().filter(s -> !s.effectiveFrom().isAfter(day)).count();
    if (count == 0) {
      return issued;
    }
    String key = issued.id() + "@" + count;
    Applied kept = applied.get(key);
    if (kept != null && kept.issued() == issued && kept.revisions() == count) {
      return kept.inForce();
    }
    Map<String, Target> targets = new LinkedHashMap<>();
    issued.targets().forEach(t -> targets.put(t.code(), t));
    List<PlanTask> tasks = new ArrayList<>(issued.tasks());
    all.stream()
        .filter(s -> !s.effectiveFrom().isAfter(day))
        .forEach(
            s -> {
              for (RevisionStore.TargetRow row : s.targets()) {
                Target t = targets.get(row.code());
                if (t != null) {
                  targets.put(row.code(), revised(t, row));
                }
              }
              tasks.addAll(s.tasks());
            });
    Plan inForce =
        new Plan(
            issued.id(),
            issued.titleZh(),
            issued.titleEn(),
            issued.documentNumber(),
            issued.issuerZh(),
            issued.issuerEn(),
            issued.issuedOn(),
            issued.baseYear(),
            issued.targetYear(),
            issued.preamble(),
            issued.sections(),
            issued.indicatorTable(),
            issued.indicators(),
            List.copyOf(targets.values()),
            issued.baselines(),
            issued.sectors(),
            issued.regions(),
            issued.places(),
            issued.units(),
            tasks,
            issued.progressThresholds());
    applied.put(key, new Applied(issued, count, inForce));
    return inForce;
  }

  /** The plan in force at the end of a year: what that year is judged against. */
  public Plan inForceForYear(Plan issued, int year) {
    return inForce(issued, LocalDate.of(year, 12, 31));
  }

  /** The latest change in force on the day to each target a revision changed, by target code. */
  public Map<String, PlanRevision.TargetChange> changes(Plan issued, LocalDate day) {
    Map<String, PlanRevision.TargetChange> changes = new LinkedHashMap<>();
    for (RevisionStore.Stored s : stored(issued.id())) {
      if (s.effectiveFrom().isAfter(day)) {
        continue;
      }
      for (RevisionStore.TargetRow row : s.targets()) {
        issued.target(row.code()).ifPresent(t -> changes.put(t.code(), change(t, row, s)));
      }
    }
    return changes;
  }

  /** The document attached to a revision. */
  public Optional<AttachmentFile> document(String planId, int number) {
    return store.document(planId, number);
  }

  /**
   * Records a revision after checking it whole against the plan as issued and its earlier
   * revisions; refused with every problem found, and then nothing is stored.
   */
  @Transactional
  public PlanRevision record(
      String planId,
      RevisionDraft draft,
      RevisionDraft.@Nullable DocumentUpload upload,
      String actor) {
    Plan plan = plans.plan(planId).orElseThrow(() -> unknownPlan(planId));
    List<RevisionRefused.Problem> problems = new ArrayList<>();
    String title = required(draft.title(), "title", "文件标题", "the document's title", problems);
    String documentNumber =
        required(draft.documentNumber(), "documentNumber", "文号", "the document number", problems);
    String reason = required(draft.reason(), "reason", "调整原因", "the reason", problems);
    LocalDate today = LocalDate.now(ZONE);
    if (draft.decidedOn() == null) {
      problems.add(missing("decidedOn", "印发日期", "the date decided"));
    } else if (draft.decidedOn().isAfter(today)) {
      problems.add(
          new RevisionRefused.Problem(
              "decidedOn",
              "decided_on.future",
              "印发日期 " + draft.decidedOn() + " 晚于今天",
              "the date decided " + draft.decidedOn() + " is after today"));
    }
    if (draft.effectiveFrom() == null) {
      problems.add(missing("effectiveFrom", "生效日期", "the date in force from"));
    } else if (draft.effectiveFrom().isBefore(plan.issuedOn())
        || draft.effectiveFrom().getYear() > plan.targetYear()) {
      problems.add(
          new RevisionRefused.Problem(
              "effectiveFrom",
              "effective_from.outside",
              "生效日期须在规划印发（" + plan.issuedOn() + "）之后、" + plan.targetYear() + "年底之前",
              "the date in force from must fall between the plan's issue ("
                  + plan.issuedOn()
                  + ") and the end of "
                  + plan.targetYear()));
    }
    if (draft.targetDrafts().isEmpty() && draft.taskDrafts().isEmpty()) {
      problems.add(
          new RevisionRefused.Problem(
              "targets",
              "revision.empty",
              "调整须至少修改一个目标或增加一项任务",
              "a revision changes at least one target or adds at least one task"));
    }
    List<RevisionStore.TargetRow> targets = targets(plan, draft.targetDrafts(), problems);
    List<PlanTask> tasks = tasks(plan, draft.taskDrafts(), problems);
    AttachmentFile document = null;
    if (upload != null) {
      String name = AttachmentType.fileName(upload.fileName());
      Optional<AttachmentType.Problem> refused = AttachmentType.problem(name, upload.content());
      if (refused.isPresent()) {
        problems.add(
            new RevisionRefused.Problem(
                "document",
                refused.get().code(),
                refused.get().messageZh(),
                refused.get().messageEn()));
      } else {
        document =
            new AttachmentFile(
                0,
                name,
                AttachmentType.of(name, upload.content()).orElseThrow().contentType(),
                upload.content().length,
                AttachmentType.sha256(upload.content()),
                upload.content());
      }
    }
    if (!problems.isEmpty()) {
      throw new RevisionRefused(problems);
    }
    int number =
        store.add(
            planId,
            title,
            documentNumber,
            draft.decidedOn(),
            draft.effectiveFrom(),
            reason,
            document,
            targets,
            tasks,
            actor);
    stored.remove(planId);
    return revisions(planId).stream().filter(r -> r.number() == number).findFirst().orElseThrow();
  }

  private List<RevisionStore.TargetRow> targets(
      Plan plan, List<RevisionDraft.TargetDraft> drafts, List<RevisionRefused.Problem> problems) {
    List<RevisionStore.TargetRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      RevisionDraft.TargetDraft d = drafts.get(i);
      String at = "targets[" + i + "]";
      Target target = d.code() == null ? null : plan.target(d.code().strip()).orElse(null);
      if (target == null) {
        problems.add(
            new RevisionRefused.Problem(
                at + ".code",
                "target.unknown",
                "规划中没有目标“" + d.code() + "”",
                "the plan has no target \"" + d.code() + "\""));
        continue;
      }
      if (!seen.add(target.code())) {
        problems.add(
            new RevisionRefused.Problem(
                at + ".code",
                "target.repeated",
                "目标 " + target.code() + " 在本次调整中出现两次",
                "the target " + target.code() + " appears twice in this revision"));
      }
      if (target.value() == null) {
        problems.add(
            new RevisionRefused.Problem(
                at + ".code",
                "target.qualitative",
                "目标 " + target.code() + " 是定性目标，不能以数值调整",
                "the target " + target.code() + " is qualitative: a value cannot revise it"));
        continue;
      }
      if (d.value() == null) {
        problems.add(missing(at + ".value", "调整后的目标值", "the revised value"));
      } else if (target.valueMax() == null && d.valueMax() != null) {
        problems.add(
            new RevisionRefused.Problem(
                at + ".valueMax",
                "target.not_range",
                "目标 " + target.code() + " 不是区间目标，不能给出上限",
                "the target " + target.code() + " is not a range: it has no upper bound"));
      } else if (target.valueMax() != null && d.valueMax() == null) {
        problems.add(missing(at + ".valueMax", "区间目标的上限", "the upper bound of the range target"));
      } else if (d.valueMax() != null && d.valueMax().compareTo(d.value()) < 0) {
        problems.add(
            new RevisionRefused.Problem(
                at + ".valueMax",
                "target.range_inverted",
                "上限 " + d.valueMax().toPlainString() + " 小于下限 " + d.value().toPlainString(),
                "the upper bound "
                    + d.valueMax().toPlainString()
                    + " is below the lower "
                    + d.value().toPlainString()));
      }
      String text =
          required(
              d.sourceText(), at + ".sourceText", "调整文件中的原句", "the revision's sentence", problems);
      if (d.value() != null) {
        rows.add(new RevisionStore.TargetRow(0, target.code(), d.value(), d.valueMax(), text));
      }
    }
    return rows;
  }

  private List<PlanTask> tasks(
      Plan plan, List<RevisionDraft.TaskDraft> drafts, List<RevisionRefused.Problem> problems) {
    Set<String> taken = new HashSet<>();
    plan.tasks().forEach(t -> taken.add(t.code()));
    stored(plan.id()).forEach(s -> s.tasks().forEach(t -> taken.add(t.code())));
    List<PlanTask> tasks = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      RevisionDraft.TaskDraft d = drafts.get(i);
      String at = "tasks[" + i + "]";
      String code = required(d.code(), at + ".code", "任务编号", "the task's code", problems);
      if (!code.isEmpty() && !taken.add(code)) {
        problems.add(
            new RevisionRefused.Problem(
                at + ".code",
                "task.code_taken",
                "任务编号 " + code + " 已被使用",
                "the task code " + code + " is taken"));
      }
      String section = d.section() == null ? "" : d.section().strip();
      if (plan.section(section).isEmpty()) {
        problems.add(
            new RevisionRefused.Problem(
                at + ".section",
                "section.unknown",
                "规划中没有章节“" + section + "”",
                "the plan has no section \"" + section + "\""));
      }
      String titleZh = required(d.titleZh(), at + ".titleZh", "任务名称", "the task's title", problems);
      String text =
          required(
              d.sourceText(), at + ".sourceText", "调整文件中的原句", "the revision's sentence", problems);
      String lead = d.leadUnit() == null ? "" : d.leadUnit().strip();
      if (plan.unit(lead).isEmpty()) {
        problems.add(
            new RevisionRefused.Problem(
                at + ".leadUnit",
                "unit.unknown",
                "规划中没有单位“" + lead + "”",
                "the plan has no unit \"" + lead + "\""));
      }
      List<String> coUnits = d.coUnits() == null ? List.of() : d.coUnits();
      for (String unit : coUnits) {
        if (plan.unit(unit).isEmpty()) {
          problems.add(
              new RevisionRefused.Problem(
                  at + ".coUnits",
                  "unit.unknown",
                  "规划中没有单位“" + unit + "”",
                  "the plan has no unit \"" + unit + "\""));
        }
      }
      List<String> served = d.targets() == null ? List.of() : d.targets();
      for (String target : served) {
        if (plan.target(target).isEmpty()) {
          problems.add(
              new RevisionRefused.Problem(
                  at + ".targets",
                  "target.unknown",
                  "规划中没有目标“" + target + "”",
                  "the plan has no target \"" + target + "\""));
        }
      }
      tasks.add(
          new PlanTask(
              code,
              section,
              titleZh,
              d.titleEn() == null ? "" : d.titleEn().strip(),
              text,
              List.of(),
              List.of(),
              List.of(),
              served,
              lead,
              coUnits,
              "revision"));
    }
    return tasks;
  }

  private List<RevisionStore.Stored> stored(String planId) {
    return stored.computeIfAbsent(planId, store::revisions);
  }

  private static PlanRevision revision(Plan plan, RevisionStore.Stored s) {
    List<PlanRevision.TargetChange> changes = new ArrayList<>();
    for (RevisionStore.TargetRow row : s.targets()) {
      plan.target(row.code()).ifPresent(t -> changes.add(change(t, row, s)));
    }
    return new PlanRevision(
        plan.id(),
        s.number(),
        s.title(),
        s.documentNumber(),
        s.decidedOn(),
        s.effectiveFrom(),
        s.reason(),
        s.document(),
        changes,
        s.tasks(),
        s.recordedBy(),
        s.recordedAt());
  }

  private static PlanRevision.TargetChange change(
      Target original, RevisionStore.TargetRow row, RevisionStore.Stored s) {
    return new PlanRevision.TargetChange(
        original.code(),
        row.value(),
        row.valueMax(),
        row.sourceText(),
        original.value(),
        original.valueMax(),
        original.sourceText(),
        s.number(),
        s.documentNumber(),
        s.effectiveFrom());
  }

  private static Target revised(Target t, RevisionStore.TargetRow row) {
    return new Target(
        t.code(),
        t.nameZh(),
        t.nameEn(),
        row.value(),
        row.valueMax(),
        t.unit(),
        t.comparator(),
        t.kind(),
        t.countBasis(),
        t.baseYear(),
        t.targetYear(),
        t.attribute(),
        t.direction(),
        t.scope(),
        t.indicator(),
        t.register(),
        t.sectors(),
        t.regions(),
        t.section(),
        row.sourceText(),
        t.note());
  }

  private static String required(
      @Nullable String value,
      String field,
      String nameZh,
      String nameEn,
      List<RevisionRefused.Problem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(missing(field, nameZh, nameEn));
      return "";
    }
    return value.strip();
  }

  private static RevisionRefused.Problem missing(String field, String nameZh, String nameEn) {
    return new RevisionRefused.Problem(
        field, "field.missing", "缺少" + nameZh, nameEn + " is missing");
  }

  private static RevisionRefused unknownPlan(String planId) {
    return new RevisionRefused(
        List.of(
            new RevisionRefused.Problem(
                "planId", "plan.unknown", "没有规划“" + planId + "”", "no plan \"" + planId + "\"")));
  }
}
