package dev.longyuan.reporting;

import dev.longyuan.reporting.persistence.FeedRepository;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * What changed in the data values and the registry after a given change number, in the order the
 * changes committed: how a copy of the data (the analytics engine's) keeps up without reading
 * reporting's tables itself.
 */
@Service
public class ValueFeed {

  private final FeedRepository feed;

  ValueFeed(FeedRepository feed) {
    this.feed = feed;
  }

  /** Streams the values changed after {@code seq}; returns the last change number passed on. */
  public long valuesSince(long seq, Consumer<FedValue> consumer) {
    return feed.valuesSince(seq, consumer);
  }

  /**
   * Streams the enterprises changed after {@code seq}; returns the last change number passed on.
   */
  public long enterprisesSince(long seq, Consumer<FedEnterprise> consumer) {
    return feed.enterprisesSince(seq, consumer);
  }
}
