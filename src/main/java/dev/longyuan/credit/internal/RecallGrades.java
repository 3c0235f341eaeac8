package dev.longyuan.credit.internal;

import dev.longyuan.reporting.ReportingService;
import dev.longyuan.trace.LotRecalled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-evaluates the makers of a recalled lot once the recall is committed, so that their grade
 * history names the recall as the cause. A maker the enterprise registry does not know has no
 * credit record; should this fail, the next reading evaluates the same facts again.
 */
@Component
class RecallGrades {

  private final GradeKeeper keeper;
  private final ReportingService reporting;

  RecallGrades(GradeKeeper keeper, ReportingService reporting) {
    this.keeper = keeper;
    this.reporting = reporting;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(LotRecalled recalled) {
    for (String maker : recalled.producers()) {
      if (reporting.enterprise(maker).isPresent()) {
        keeper.reevaluate(
            maker, "产品召回：批次 " + recalled.lot() + " / product recall: lot " + recalled.lot());
      }
    }
  }
}
