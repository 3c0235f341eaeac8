package dev.longyuan.plan;

import dev.longyuan.plan.persistence.PlanRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** The plan module's face to the rest of the platform: the stored plans, read whole. */
@Service
public class PlanCatalog {

  private final PlanRepository repository;
  private final Map<String, Plan> cache = new ConcurrentHashMap<>();

  PlanCatalog(PlanRepository repository) {
    this.repository = repository;
  }

  public List<PlanSummary> plans() {
    return repository.summaries();
  }

  public Optional<Plan> plan(String id) {
    Plan cached = cache.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Plan> stored = repository.find(id);
    stored.ifPresent(plan -> cache.put(id, plan));
    return stored;
  }

  /** Stores the plan unless the same source is already stored; returns whether anything changed. */
  public boolean store(Plan plan, String sourceSha256) {
    if (repository.sourceHash(plan.id()).filter(sourceSha256::equals).isPresent()) {
      return false;
    }
    repository.replace(plan, sourceSha256);
    cache.remove(plan.id());
    return true;
  }
}
