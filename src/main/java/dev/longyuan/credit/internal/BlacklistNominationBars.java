package dev.longyuan.credit.internal;

import dev.longyuan.credit.persistence.ListingRepository;
import dev.longyuan.programs.NominationBars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Bars an enterprise on the quality blacklist from programme nominations while it is listed. */
@Component
class BlacklistNominationBars implements NominationBars {

  private final ListingRepository listings;

  BlacklistNominationBars(ListingRepository listings) {
    this.listings = listings;
  }

  @Override
  public Optional<Bar> bar(String enterpriseCode) {
    List<ListingRepository.Row> inForce = listings.inForce(enterpriseCode, LocalDate.now());
    if (inForce.isEmpty()) {
      return Optional.empty();
    }
    String documents =
        inForce.stream()
            .map(ListingRepository.Row::documentNumber)
            .collect(Collectors.joining("、"));
    return Optional.of(
        new Bar(
            "已列入质量黑名单（" + documents + "）",
            "on the quality blacklist (" + documents.replace("、", ", ") + ")"));
  }
}
