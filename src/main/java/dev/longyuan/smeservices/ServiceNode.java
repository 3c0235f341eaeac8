package dev.longyuan.smeservices;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A node of the network: where it is (a GB/T 2260 code), the node a request it cannot serve is
 * passed up to ({@code parentCode}, none for the hub), since when it serves, and what it offers.
 */
public record ServiceNode(
    String code,
    NodeKind kind,
    String nameZh,
    String nameEn,
    String regionCode,
    @Nullable String parentCode,
    LocalDate openedOn,
    boolean synthetic,
    List<Offer> offers) {

  /** A category the node serves, and on what terms. */
  public record Offer(String categoryCode, Fee fee) {}

  public boolean offers(String categoryCode) {
    return offers.stream().anyMatch(o -> o.categoryCode().equals(categoryCode));
  }
}
