package dev.longyuan.market;

import dev.longyuan.market.internal.MarketChecks;
import dev.longyuan.market.internal.MarketWorkbook;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.DataScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk posting from the market workbook, all or nothing: every row is checked as the API checks one
 * (and for the user's scope) before anything is written; any refused row refuses the file, listing
 * every refused row with its sheet, column and reason.
 */
@Service
public class MarketImports {

  private final Market market;

  MarketImports(Market market) {
    this.market = market;
  }

  public byte[] template() {
    return MarketWorkbook.template();
  }

  @Transactional
  public MarketImport importWorkbook(byte[] content, DataScope scope, String actor) {
    MarketWorkbook.Parsed parsed = MarketWorkbook.read(content);
    List<ImportError> errors = new ArrayList<>(parsed.errors());
    MarketChecks checks = market.checks();
    List<Demand> demands = new ArrayList<>();
    for (MarketWorkbook.DemandRow row : parsed.demands()) {
      MarketChecks.Checked<Demand> checked = checks.demand(row.row(), row.draft(), actor);
      if (checked.value() == null) {
        errors.addAll(inSheet(MarketWorkbook.DEMANDS, checked.problems()));
        continue;
      }
      try {
        demands.add(market.owned(row.row(), checked.value(), row.draft().projectCode(), scope));
      } catch (MarketRefused refused) {
        errors.addAll(inSheet(MarketWorkbook.DEMANDS, atRow(row.row(), refused.problems())));
      }
    }
    List<Supply> supplies = new ArrayList<>();
    for (MarketWorkbook.SupplyRow row : parsed.supplies()) {
      MarketChecks.Checked<Supply> checked = checks.supply(row.row(), row.draft());
      if (checked.value() == null) {
        errors.addAll(inSheet(MarketWorkbook.SUPPLIES, checked.problems()));
        continue;
      }
      try {
        Market.mayOffer(checked.value(), scope);
        supplies.add(checked.value());
      } catch (MarketRefused refused) {
        errors.addAll(inSheet(MarketWorkbook.SUPPLIES, atRow(row.row(), refused.problems())));
      }
    }
    errors = withoutEchoes(errors, parsed.errors());
    if (errors.isEmpty() && demands.isEmpty() && supplies.isEmpty()) {
      errors.add(new ImportError(0, "file", "file.empty", "文件中没有数据行", "the file has no rows"));
    }
    if (!errors.isEmpty()) {
      return new MarketImport(0, 0, errors);
    }
    demands.forEach(d -> market.storeDemand(d, actor));
    if (!supplies.isEmpty()) {
      market.storeSupplies(supplies, actor);
    }
    return new MarketImport(demands.size(), supplies.size(), List.of());
  }

  /**
   * The problems without those that only repeat, as a missing value, a cell that could not be read
   * and is already named.
   */
  private static List<ImportError> withoutEchoes(List<ImportError> all, List<ImportError> unread) {
    java.util.Set<String> cells =
        unread.stream()
            .map(e -> e.row() + " " + e.column())
            .collect(java.util.stream.Collectors.toSet());
    return all.stream()
        .filter(e -> unread.contains(e) || !cells.contains(e.row() + " " + e.column()))
        .toList();
  }

  private static List<ImportError> atRow(int row, List<ImportError> problems) {
    return problems.stream()
        .map(p -> new ImportError(row, p.column(), p.code(), p.messageZh(), p.messageEn()))
        .toList();
  }

  private static List<ImportError> inSheet(String sheet, List<ImportError> problems) {
    return problems.stream()
        .map(
            p ->
                p.column().contains("!")
                    ? p
                    : new ImportError(
                        p.row(),
                        MarketWorkbook.column(sheet, p.column()),
                        p.code(),
                        p.messageZh(),
                        p.messageEn()))
        .toList();
  }
}
