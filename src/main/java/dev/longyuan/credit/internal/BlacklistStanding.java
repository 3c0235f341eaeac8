package dev.longyuan.credit.internal;

import dev.longyuan.credit.persistence.ListingRepository;
import dev.longyuan.reporting.EnterpriseStanding;
import dev.longyuan.reporting.ReviewFlag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Flags an enterprise's figures in the approval queue while it is on the quality blacklist, so that
 * the reviewer knows the reporting unit is a listed one.
 */
@Component
class BlacklistStanding implements EnterpriseStanding {

  private final ListingRepository listings;

  BlacklistStanding(ListingRepository listings) {
    this.listings = listings;
  }

  @Override
  public List<ReviewFlag> flags(String enterpriseCode) {
    return listings.inForce(enterpriseCode, LocalDate.now()).stream()
        .map(
            r ->
                new ReviewFlag(
                    "",
                    "",
                    "credit.blacklist",
                    "该企业列入质量黑名单（" + r.documentNumber() + "，" + r.reason() + "）",
                    "the enterprise is on the quality blacklist ("
                        + r.documentNumber()
                        + ", "
                        + r.reason()
                        + ")"))
        .toList();
  }
}
