package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedCacheTests {

  final AtomicInteger computed = new AtomicInteger();
  final Object plan = new Object();

  String compute() {
    return "result " + computed.incrementAndGet();
  }

  @Test
  void answersFromTheEntryWhileTheDataAndThePlanStayAsTheyWere() {
    VersionedCache<String, String> cache = new VersionedCache<>(4);

    assertThat(cache.get("2020", "7:3", plan, this::compute)).isEqualTo("result 1");
    assertThat(cache.get("2020", "7:3", plan, this::compute)).isEqualTo("result 1");
    assertThat(computed).hasValue(1);
  }

  @Test
  void computesAgainAfterAChangeToTheDataOrAReloadedPlan() {
    VersionedCache<String, String> cache = new VersionedCache<>(4);
    cache.get("2020", "7:3", plan, this::compute);

    assertThat(cache.get("2020", "8:3", plan, this::compute)).isEqualTo("result 2");
    assertThat(cache.get("2020", "8:3", new Object(), this::compute)).isEqualTo("result 3");
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    VersionedCache<String, String> cache = new VersionedCache<>(2);
    cache.get("a", "1:1", plan, this::compute);
    cache.get("b", "1:1", plan, this::compute);
    cache.get("a", "1:1", plan, this::compute);
    cache.get("c", "1:1", plan, this::compute);

    assertThat(cache.get("a", "1:1", plan, this::compute)).isEqualTo("result 1");
    assertThat(cache.get("b", "1:1", plan, this::compute)).isEqualTo("result 4");
  }
}
