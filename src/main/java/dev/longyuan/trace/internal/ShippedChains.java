package dev.longyuan.trace.internal;

import dev.longyuan.trace.persistence.Parties;
import dev.longyuan.trace.persistence.Recalls;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demonstration chains (模拟数据) once, in the background after start: their parties and
 * places, then their events through the capture interface as any client's, then the label that says
 * they are loaded. Capture stores an event once, so a load interrupted half-way is finished by the
 * next start. Off where the shipped data are off (the tests load them when they ask).
 */
@Component
public class ShippedChains {

  private static final Logger log = LoggerFactory.getLogger(ShippedChains.class);

  private final CaptureService capture;
  private final Parties parties;
  private final Recalls labels;
  private final TransactionTemplate transaction;
  private final boolean enabled;

  ShippedChains(
      CaptureService capture,
      Parties parties,
      Recalls labels,
      TransactionTemplate transaction,
      @Value("${longyuan.trace.shipped-data:${longyuan.shipped-data.enabled:true}}")
          boolean enabled) {
    this.capture = capture;
    this.parties = parties;
    this.labels = labels;
    this.transaction = transaction;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (enabled) {
      Thread loader =
          new Thread(
              () -> {
                try {
                  load();
                } catch (RuntimeException e) {
                  log.warn("The demonstration herb chains could not be loaded: {}", e.getMessage());
                }
              },
              "shipped-trace-chains");
      loader.setDaemon(true);
      loader.start();
    }
  }

  /** Loads the chains unless they are loaded; true when this call loaded them. */
  public boolean load() {
    if (labels.shippedLoaded(DemonstrationChains.LABEL)) {
      return false;
    }
    DemonstrationChains.Chains chains = DemonstrationChains.build();
    transaction.executeWithoutResult(
        status -> {
          chains.parties().forEach(parties::save);
          chains.locations().forEach(parties::save);
        });
    byte[] document =
        JsonMapper.shared().writeValueAsString(chains.document()).getBytes(StandardCharsets.UTF_8);
    capture.capture(capture.check(document, false), ErrorBehaviour.ROLLBACK, "system");
    labels.markShipped(DemonstrationChains.LABEL);
    log.info("Loaded the demonstration herb chains (模拟数据)");
    return true;
  }
}
