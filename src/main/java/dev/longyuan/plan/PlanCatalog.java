package dev.longyuan.plan;

import dev.longyuan.plan.persistence.PlanRepository;
import dev.longyuan.shared.IndustryCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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

  /** The codes of the regions of every stored plan. */
  public Set<String> regionCodes() {
    return plans().stream()
        .flatMap(summary -> plan(summary.id()).stream())
        .flatMap(plan -> plan.regions().stream())
        .map(region -> region.code().value())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The GB/T 4754-2017 codes a sector stands for: the code itself when it is one, else the codes of
   * the plan sector of that code in any stored plan (none when no plan has it).
   */
  public List<String> industryPrefixes(String sector) {
    if (IndustryCode.isValid(sector)) {
      return List.of(sector);
    }
    return plans().stream()
        .flatMap(summary -> plan(summary.id()).stream())
        .flatMap(plan -> plan.sector(sector).stream())
        .flatMap(s -> s.industryCodes().stream())
        .map(IndustryCode::value)
        .distinct()
        .toList();
  }

  /** A region known to any stored plan. */
  public Optional<Region> region(String code) {
    return plans().stream()
        .flatMap(summary -> plan(summary.id()).stream())
        .flatMap(plan -> plan.region(code).stream())
        .findFirst();
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
