package dev.longyuan.credit.internal;

import dev.longyuan.credit.persistence.ListingRepository;
import dev.longyuan.market.SupplierExclusions;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Keeps an enterprise on the quality blacklist out of the market's matches while its listing is in
 * force: from its start date until it ends, is removed after an appeal, or is repaired.
 */
@Component
class BlacklistExclusions implements SupplierExclusions {

  private final ListingRepository listings;

  BlacklistExclusions(ListingRepository listings) {
    this.listings = listings;
  }

  @Override
  public boolean excludes(String enterpriseCode) {
    return !listings.inForce(enterpriseCode, LocalDate.now()).isEmpty();
  }
}
