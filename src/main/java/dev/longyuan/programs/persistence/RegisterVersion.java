package dev.longyuan.programs.persistence;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the recognitions and the capacity ledger, moved on by every committed write (not
 * by one rolled back), so that the assessments cached from their figures are recomputed.
 */
@Component
public class RegisterVersion {

  private final AtomicLong version = new AtomicLong();

  public long current() {
    return version.get();
  }

  /** Records a write: the version moves when the transaction it belongs to commits. */
  void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              version.incrementAndGet();
            }
          });
    } else {
      version.incrementAndGet();
    }
  }
}
