package dev.longyuan.market.internal;

import dev.longyuan.market.Demand;
import dev.longyuan.market.Match;
import dev.longyuan.market.SupplierExclusions;
import dev.longyuan.market.SuppliesPosted;
import dev.longyuan.market.persistence.SupplyRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The matching of demands to supplies: the index under {@code $LONGYUAN_HOME/market/index}, rebuilt
 * from PostgreSQL at start when it is missing or behind (its revision or its size differs from the
 * database's), and given each posted supply once the transaction that stored it commits; then the
 * ranking, without the suppliers any {@link SupplierExclusions} bean excludes.
 */
@Component
public class SupplyMatcher implements DisposableBean {

  /** How many of the index's best text matches are ranked: enough for every signal to reorder. */
  public static final int CANDIDATES = 500;

  private static final Logger log = LoggerFactory.getLogger(SupplyMatcher.class);

  private final SupplyIndex index;
  private final SupplyRepository supplies;
  private final List<SupplierExclusions> exclusions;
  private final Ranking ranking = new Ranking(Places.gansu());

  SupplyMatcher(
      SupplyRepository supplies,
      List<SupplierExclusions> exclusions,
      @Value("${longyuan.home}") Path home)
      throws IOException {
    this.supplies = supplies;
    this.exclusions = List.copyOf(exclusions);
    this.index = SupplyIndex.open(Files.createDirectories(home.resolve("market").resolve("index")));
    long revision = supplies.revision();
    int count = supplies.count();
    if (index.revision() != revision || index.size() != count) {
      log.info(
          "rebuilding the market index: it is at revision {} with {} supplies, the database at {}"
              + " with {}",
          index.revision(),
          index.size(),
          revision,
          count);
      index.rebuild(supplies::forEach, revision);
    }
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void posted(SuppliesPosted event) {
    index.add(event.supplies(), event.revision());
  }

  /** The ranked matches of a demand, at most {@code limit}. */
  public List<Match> matches(Demand demand, int limit) {
    List<SupplyIndex.Candidate> candidates =
        index.candidates(
            new SupplyIndex.Ask(
                demand.title() + " " + demand.specification(),
                Categories.filterPrefix(demand.categoryCode()),
                demand.unit(),
                Ranking.leastMonthlyCapacity(demand),
                demand.deliverBy()),
            CANDIDATES);
    Set<String> enterprises =
        candidates.stream().map(SupplyIndex.Candidate::enterpriseCode).collect(Collectors.toSet());
    return ranking.rank(
        demand,
        candidates,
        supplies.deliveredDeals(enterprises),
        code -> exclusions.stream().anyMatch(e -> e.excludes(code)),
        limit);
  }

  @Override
  public void destroy() throws IOException {
    index.close();
  }
}
