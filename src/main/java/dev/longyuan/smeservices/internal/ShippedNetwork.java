package dev.longyuan.smeservices.internal;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ShippedDataLoaded;
import dev.longyuan.shared.DataScope;
import dev.longyuan.smeservices.ServiceNetwork;
import dev.longyuan.smeservices.ServiceNode;
import dev.longyuan.smeservices.WorkingCalendar;
import dev.longyuan.smeservices.persistence.NodeStore;
import dev.longyuan.smeservices.persistence.RequestStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demonstration network and its requests (模拟数据) once reporting's shipped data, whose
 * synthetic enterprises make the requests, are loaded: in the background, in one transaction, and
 * only once (a restart finds them loaded). Off wherever reporting's shipped data are (the tests),
 * and with {@code longyuan.sme.shipped-data=false}; tests load them when they ask.
 */
@Component
public class ShippedNetwork {

  static final String LABEL = "demonstration network (seed " + DemonstrationNetwork.SEED + ")";

  private static final Logger log = LoggerFactory.getLogger(ShippedNetwork.class);

  private final ServiceNetwork network;
  private final NodeStore nodes;
  private final RequestStore requests;
  private final WorkingCalendar calendar;
  private final ReportingService reporting;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final boolean enabled;
  private final int acknowledgeWithin;
  private final int resolveWithin;
  private final AtomicBoolean running = new AtomicBoolean();

  ShippedNetwork(
      ServiceNetwork network,
      NodeStore nodes,
      RequestStore requests,
      WorkingCalendar calendar,
      ReportingService reporting,
      AuditLog audit,
      TransactionTemplate transaction,
      @Value("${longyuan.sme.shipped-data:${longyuan.shipped-data.enabled:true}}") boolean enabled,
      @Value("${longyuan.sme.acknowledge-within:1}") int acknowledgeWithin,
      @Value("${longyuan.sme.resolve-within:10}") int resolveWithin) {
    this.network = network;
    this.nodes = nodes;
    this.requests = requests;
    this.calendar = calendar;
    this.reporting = reporting;
    this.audit = audit;
    this.transaction = transaction;
    this.enabled = enabled;
    this.acknowledgeWithin = acknowledgeWithin;
    this.resolveWithin = resolveWithin;
  }

  @EventListener
  void on(ShippedDataLoaded loaded) {
    if (!enabled || !loaded.synthetic()) {
      return;
    }
    Thread loader = new Thread(this::load, "shipped-sme-network");
    loader.setDaemon(true);
    loader.start();
  }

  /** Loads the demonstration network unless it is loaded; returns whether it loaded it now. */
  public boolean load() {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    try {
      if (nodes.shippedLoaded(LABEL)) {
        return false;
      }
      List<Enterprise> enterprises =
          reporting.enterprises(DataScope.everything(false), null, null, 1_000_000, 0).stream()
              .filter(Enterprise::synthetic)
              .toList();
      if (enterprises.isEmpty()) {
        return false;
      }
      List<ServiceNode> generated =
          DemonstrationNetwork.nodes(network.plan().regions(), network.categories());
      Integer written =
          transaction.execute(
              status -> {
                if (nodes.shippedLoaded(LABEL)) {
                  return null;
                }
                generated.forEach(nodes::save);
                int made =
                    new DemonstrationRequests(requests, network, calendar)
                        .write(enterprises, acknowledgeWithin, resolveWithin);
                nodes.markShippedLoaded(LABEL);
                audit.record(
                    "system",
                    "smeservices",
                    "sme.shipped",
                    LABEL,
                    generated.size() + " nodes, " + made + " requests");
                return made;
              });
      if (written != null) {
        log.info(
            "Loaded the SME service network's demonstration data: {} nodes, {} requests",
            generated.size(),
            written);
      }
      return written != null;
    } catch (RuntimeException e) {
      log.error("Loading the SME service network's demonstration data failed", e);
      throw e;
    } finally {
      running.set(false);
    }
  }
}
