package dev.longyuan.reporting.internal;

import dev.longyuan.reporting.ShippedDataStatus;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * How far the loading of the shipped data has got: written by the loader, read by the pages and by
 * the background work that must not act on half-loaded data.
 */
@Component
public class ShippedDataProgress {

  private final AtomicReference<ShippedDataStatus> status =
      new AtomicReference<>(ShippedDataStatus.idle());

  public ShippedDataStatus get() {
    return status.get();
  }

  void set(ShippedDataStatus next) {
    status.set(next);
  }
}
