package dev.longyuan.programs.internal;

import dev.longyuan.plan.Place;
import dev.longyuan.programs.Programmes;
import dev.longyuan.programs.persistence.LedgerStore;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ShippedDataLoaded;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the programmes' demonstration data (模拟数据) once reporting's shipped data, on whose synthetic
 * enterprises they are built, are loaded: in the background, in one transaction, and only once (a
 * restart finds them loaded). Off with {@code longyuan.programmes.shipped-data=false}, as in the
 * tests, which load them when they ask.
 */
@Component
public class ShippedProgrammes {

  static final String NAME = "demonstration (seed " + DemonstrationData.SEED + ")";

  private static final Logger log = LoggerFactory.getLogger(ShippedProgrammes.class);

  private final Programmes programmes;
  private final ReportingService reporting;
  private final RecognitionChecks checks;
  private final CementOutput cementOutput;
  private final LedgerStore ledger;
  private final TransactionTemplate transaction;
  private final boolean enabled;
  private final AtomicBoolean running = new AtomicBoolean();

  ShippedProgrammes(
      Programmes programmes,
      ReportingService reporting,
      RecognitionChecks checks,
      CementOutput cementOutput,
      LedgerStore ledger,
      TransactionTemplate transaction,
      @Value("${longyuan.programmes.shipped-data:true}") boolean enabled) {
    this.programmes = programmes;
    this.reporting = reporting;
    this.checks = checks;
    this.cementOutput = cementOutput;
    this.ledger = ledger;
    this.transaction = transaction;
    this.enabled = enabled;
  }

  @EventListener
  void on(ShippedDataLoaded loaded) {
    if (!enabled || !loaded.synthetic()) {
      return;
    }
    Thread loader = new Thread(this::load, "shipped-programmes");
    loader.setDaemon(true);
    loader.start();
  }

  /** Loads the demonstration data unless they are loaded; returns whether it loaded them now. */
  public boolean load() {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    try {
      if (ledger.shippedLoaded(NAME)) {
        return false;
      }
      List<Enterprise> enterprises =
          reporting.enterprises(DataScope.everything(false), null, null, 1_000_000, 0).stream()
              .filter(Enterprise::synthetic)
              .toList();
      if (enterprises.isEmpty()) {
        return false;
      }
      List<Place> zones = new ArrayList<>(checks.zones().values());
      Map<Integer, BigDecimal> output = new HashMap<>();
      cementOutput
          .byYear(programmes.province(), List.of(2015, 2016, 2017, 2018, 2019, 2020))
          .forEach(
              (year, o) -> {
                if (o.value() != null) {
                  output.put(year, o.value());
                }
              });
      DemonstrationData.Records records = DemonstrationData.generate(enterprises, zones, output);
      DataScope all = DataScope.everything(true);
      Boolean loaded =
          transaction.execute(
              status -> {
                if (ledger.shippedLoaded(NAME)) {
                  return false;
                }
                programmes.recordRecognitions(
                    records.recognitions(), all, "system", "shipped", false, true);
                programmes.recordCapacities(
                    records.capacities(), all, "system", "shipped", false, true);
                programmes.recordWithdrawals(
                    records.withdrawals(), all, "system", "shipped", false, true);
                ledger.markShippedLoaded(NAME);
                return true;
              });
      if (Boolean.TRUE.equals(loaded)) {
        log.info(
            "Loaded the programmes' demonstration data: {} recognitions, {} capacities, {}"
                + " withdrawals",
            records.recognitions().size(),
            records.capacities().size(),
            records.withdrawals().size());
      }
      return Boolean.TRUE.equals(loaded);
    } catch (RuntimeException e) {
      log.error("Loading the programmes' demonstration data failed", e);
      throw e;
    } finally {
      running.set(false);
    }
  }
}
