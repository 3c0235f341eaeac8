package dev.longyuan.accounts.internal;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.reporting.ApprovalStepTaken;
import dev.longyuan.reporting.ValuesExported;
import dev.longyuan.reporting.ValuesImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes reporting's imports, approval steps and exports into the audit log. The listeners run in
 * the publisher's transaction, so an entry exists exactly when the change it records was committed.
 */
@Component
class ReportingAuditListener {

  private final AuditLog auditLog;

  ReportingAuditListener(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @EventListener
  void on(ValuesImported imported) {
    auditLog.record(
        imported.actor(),
        imported.source(),
        "data.import",
        imported.fileName(),
        "import "
            + imported.importId()
            + " ("
            + imported.format()
            + "): created "
            + imported.created()
            + ", updated "
            + imported.updated()
            + ", unchanged "
            + imported.unchanged());
  }

  @EventListener
  void on(ApprovalStepTaken step) {
    auditLog.record(
        step.actor(),
        "approval",
        "data." + step.action(),
        step.reportingUnit()
            + " "
            + step.period()
            + (step.dataElement() == null ? "" : " " + step.dataElement()),
        step.values()
            + " values"
            + (step.level() == null ? "" : ", level " + step.level())
            + (step.reason() == null ? "" : ", reason: " + step.reason()));
  }

  @EventListener
  void on(ValuesExported exported) {
    auditLog.record(
        exported.actor(),
        "export",
        "data.export",
        exported.filter(),
        "format " + exported.format());
  }
}
