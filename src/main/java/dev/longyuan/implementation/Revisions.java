package dev.longyuan.implementation;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.plan.PlanRevision;
import dev.longyuan.plan.PlanRevisions;
import dev.longyuan.plan.RevisionDraft;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revising the plan (及时对规划做出调整, ch.6 §5): the province records each revision with its document; the
 * plan keeps it, and every year after it takes effect is judged against it.
 */
@Service
public class Revisions {

  private final PlanRevisions revisions;
  private final AuditLog audit;

  Revisions(PlanRevisions revisions, AuditLog audit) {
    this.revisions = revisions;
    this.audit = audit;
  }

  public List<PlanRevision> revisions(String planId) {
    return revisions.revisions(planId);
  }

  @Transactional
  public PlanRevision record(
      String planId,
      RevisionDraft draft,
      RevisionDraft.@Nullable DocumentUpload document,
      String actor,
      String origin) {
    PlanRevision revision = revisions.record(planId, draft, document, actor);
    audit.record(
        actor,
        origin,
        "plan.revision",
        planId + " #" + revision.number(),
        revision.documentNumber()
            + ", in force from "
            + revision.effectiveFrom()
            + revision.targets().stream()
                .map(t -> "; " + t.targetCode() + " " + t.originalValue() + " → " + t.value())
                .collect(Collectors.joining())
            + revision.addedTasks().stream()
                .map(t -> "; + " + t.code())
                .collect(Collectors.joining())
            + (revision.document() == null
                ? ""
                : "; document "
                    + revision.document().fileName()
                    + " sha256 "
                    + revision.document().sha256()));
    return revision;
  }
}
