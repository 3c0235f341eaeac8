package dev.longyuan.programs.internal;

import dev.longyuan.programs.CapacityStatement;
import dev.longyuan.programs.Withdrawal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One product's ledger in a region as time runs: an enterprise's capacity on a date is its latest
 * statement on or before the date less what was withdrawn after that statement up to the date (a
 * statement already counts the withdrawals before it).
 */
public record LedgerTimeline(List<CapacityStatement> statements, List<Withdrawal> withdrawals) {

  public LedgerTimeline {
    statements = statements.stream().sorted(Comparator.comparing(CapacityStatement::asOf)).toList();
    withdrawals = List.copyOf(withdrawals);
  }

  /** Each enterprise's capacity on the date, of those with a statement by then, by credit code. */
  public Map<String, BigDecimal> capacitiesOn(LocalDate date) {
    Map<String, CapacityStatement> latest = new LinkedHashMap<>();
    for (CapacityStatement s : statements) {
      if (!s.asOf().isAfter(date)) {
        latest.put(s.enterpriseCode(), s);
      }
    }
    Map<String, BigDecimal> capacities = new LinkedHashMap<>();
    latest.forEach(
        (enterprise, statement) -> {
          BigDecimal withdrawn =
              withdrawals.stream()
                  .filter(w -> w.enterpriseCode().equals(enterprise))
                  .filter(w -> w.withdrawnOn().isAfter(statement.asOf()))
                  .filter(w -> !w.withdrawnOn().isAfter(date))
                  .map(Withdrawal::amount)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          capacities.put(enterprise, statement.capacity().subtract(withdrawn));
        });
    return capacities;
  }

  /** The region's capacity at the end of the year. */
  public BigDecimal capacityAtEndOf(int year) {
    return capacitiesOn(LocalDate.of(year, 12, 31)).values().stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What was withdrawn in the year (not cumulated). */
  public BigDecimal withdrawnIn(int year) {
    return inYear(year).map(Withdrawal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public long withdrawalsIn(int year) {
    return inYear(year).count();
  }

  /** What was withdrawn from the first year to the last, both included. */
  public BigDecimal withdrawnBetween(int first, int last) {
    return withdrawals.stream()
        .filter(w -> w.withdrawnOn().getYear() >= first && w.withdrawnOn().getYear() <= last)
        .map(Withdrawal::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The first year the ledger holds anything of the product in the region. */
  public Optional<Integer> firstYear() {
    return Stream.concat(
            statements.stream().map(s -> s.asOf().getYear()),
            withdrawals.stream().map(w -> w.withdrawnOn().getYear()))
        .min(Integer::compare);
  }

  /** Whether demonstration data lie behind the ledger's figures up to the end of the year. */
  public boolean syntheticBy(int year) {
    return statements.stream().anyMatch(s -> s.synthetic() && s.asOf().getYear() <= year)
        || withdrawals.stream().anyMatch(w -> w.synthetic() && w.withdrawnOn().getYear() <= year);
  }

  private Stream<Withdrawal> inYear(int year) {
    return withdrawals.stream().filter(w -> w.withdrawnOn().getYear() == year);
  }

  /**
   * The capacity one enterprise would have left, at the end of the span of the statement in force
   * on the date, were the amount withdrawn on that date: negative when the withdrawal exceeds what
   * remains; empty when no statement is in force then.
   */
  public Optional<BigDecimal> remainingAfter(String enterprise, LocalDate date, BigDecimal amount) {
    List<CapacityStatement> own =
        statements.stream().filter(s -> s.enterpriseCode().equals(enterprise)).toList();
    CapacityStatement inForce = null;
    LocalDate next = null;
    for (CapacityStatement s : own) {
      if (!s.asOf().isAfter(date)) {
        inForce = s;
      } else if (next == null) {
        next = s.asOf();
      }
    }
    if (inForce == null) {
      return Optional.empty();
    }
    CapacityStatement from = inForce;
    LocalDate until = next;
    BigDecimal withdrawn =
        withdrawals.stream()
            .filter(w -> w.enterpriseCode().equals(enterprise))
            .filter(w -> w.withdrawnOn().isAfter(from.asOf()))
            .filter(w -> until == null || w.withdrawnOn().isBefore(until))
            .map(Withdrawal::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(from.capacity().subtract(withdrawn).subtract(amount));
  }
}
