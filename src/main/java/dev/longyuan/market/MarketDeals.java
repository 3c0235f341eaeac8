package dev.longyuan.market;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.market.internal.Categories;
import dev.longyuan.market.persistence.MatchRepository;
import dev.longyuan.market.persistence.SupplyRepository;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes of a match: contacted, a deal (amount, date), delivered, or declined with a reason;
 * each step told to both sides (the demand's enterprise, or the staff member who posted it, and the
 * supplier); what a demand's owner bought outside the province instead; and from both, the share of
 * procurement bought in the province.
 */
@Service
public class MarketDeals {

  private final Market market;
  private final MatchRepository steps;
  private final SupplyRepository supplies;
  private final AuditLog audit;

  MarketDeals(Market market, MatchRepository steps, SupplyRepository supplies, AuditLog audit) {
    this.market = market;
    this.steps = steps;
    this.supplies = supplies;
    this.audit = audit;
  }

  /**
   * Takes a step of a demand's match with a supply: by the demand's side (who may see the demand
   * and change data) or by the supplier. The supply must be among the demand's matches, or have
   * taken a step with it already.
   */
  @Transactional
  public MatchState step(long demandId, StepDraft draft, DataScope scope, String actor) {
    if (draft.supplyId() == null) {
      throw MarketRefused.of("supplyId", "required", "缺少供给编号", "the supply id is missing");
    }
    long supplyId = draft.supplyId();
    Supply supply =
        supplies.findAll(List.of(supplyId)).stream()
            .findFirst()
            .orElseThrow(
                () ->
                    MarketRefused.of(
                        "supplyId",
                        "supply.unknown",
                        "没有编号为 " + supplyId + " 的供给",
                        "no supply has the id " + supplyId));
    boolean supplier =
        scope.kind() == DataScope.Kind.ENTERPRISE
            && supply.enterpriseCode().equals(scope.enterprise());
    Demand demand;
    if (supplier) {
      demand = market.demand(demandId, DataScope.everything(false));
    } else {
      demand = market.demand(demandId, scope);
      if (!scope.mayChange()) {
        throw MarketRefused.outsideScope("id", "需求 " + demandId);
      }
    }
    MatchState current =
        steps.state(demandId, supplyId).orElse(MatchState.suggested(demandId, supplyId));
    if (current.status() == MatchStatus.SUGGESTED
        && market.matches(demandId, DataScope.everything(false), 500).stream()
            .noneMatch(m -> m.supplyId() == supplyId)) {
      throw MarketRefused.of(
          "supplyId",
          "match.unknown",
          "供给 " + supplyId + " 不是需求 " + demandId + " 的匹配结果",
          "supply " + supplyId + " is not a match of demand " + demandId);
    }
    MatchState next = next(current, draft);
    steps.save(next, actor);
    tellBothSides(demand, supply, next);
    audit.record(
        actor,
        "market",
        "market.match." + next.status().word(),
        demandId + "/" + supplyId,
        "was " + current.status().word() + "; now " + describe(next));
    return next;
  }

  /** The state after a step, or a refusal naming what the step lacks or why it cannot follow. */
  static MatchState next(MatchState current, StepDraft draft) {
    MatchStatus status =
        MatchStatus.of(draft.status() == null ? "" : draft.status().strip())
            .filter(s -> s != MatchStatus.SUGGESTED)
            .orElseThrow(
                () ->
                    MarketRefused.of(
                        "status",
                        "status.unknown",
                        "步骤须为 contacted、deal、delivered 或 declined",
                        "the step must be contacted, deal, delivered or declined"));
    if (!current.status().next().contains(status)) {
      throw MarketRefused.of(
          "status",
          "step.order",
          "匹配处于“" + current.status().word() + "”，不能转为“" + status.word() + "”",
          "a match that is " + current.status().word() + " cannot become " + status.word());
    }
    LocalDate date = draft.date() == null ? LocalDate.now() : draft.date();
    return switch (status) {
      case CONTACTED ->
          new MatchState(current.demandId(), current.supplyId(), status, null, null, null, null);
      case DEAL -> {
        if (draft.amount() == null || draft.amount().signum() <= 0) {
          throw MarketRefused.of(
              "amount",
              "amount.required",
              "成交须有大于 0 的金额（万元）",
              "a deal needs an amount above 0 (万元)");
        }
        yield new MatchState(
            current.demandId(), current.supplyId(), status, draft.amount(), date, null, null);
      }
      case DELIVERED -> {
        if (date.isBefore(current.dealDate())) {
          throw MarketRefused.of(
              "date",
              "date.beforeDeal",
              "交付日期早于成交日期 " + current.dealDate(),
              "the delivery date is before the deal's, " + current.dealDate());
        }
        yield new MatchState(
            current.demandId(),
            current.supplyId(),
            status,
            current.dealAmount(),
            current.dealDate(),
            date,
            null);
      }
      case DECLINED -> {
        if (draft.reason() == null || draft.reason().isBlank()) {
          throw MarketRefused.of(
              "reason", "reason.required", "婉拒须说明原因", "declining needs a reason");
        }
        yield new MatchState(
            current.demandId(),
            current.supplyId(),
            status,
            null,
            null,
            null,
            draft.reason().strip());
      }
      case SUGGESTED -> throw new IllegalStateException("no step leads back to suggested");
    };
  }

  private void tellBothSides(Demand demand, Supply supply, MatchState state) {
    String zh =
        "需求“"
            + demand.title()
            + "”与"
            + supply.enterpriseName()
            + "的供给“"
            + supply.product()
            + "”："
            + switch (state.status()) {
              case CONTACTED -> "已联系";
              case DEAL ->
                  "已成交，金额 " + state.dealAmount().toPlainString() + " 万元（" + state.dealDate() + "）";
              case DELIVERED -> "已交付（" + state.deliveredOn() + "）";
              case DECLINED -> "已婉拒，原因：" + state.declineReason();
              case SUGGESTED -> "推荐";
            };
    String en =
        "demand \""
            + demand.title()
            + "\" and the supply \""
            + supply.product()
            + "\" of "
            + supply.enterpriseName()
            + ": "
            + describe(state);
    if (demand.enterpriseCode() != null) {
      steps.notify(
          "enterprise",
          demand.enterpriseCode(),
          demand.id(),
          supply.id(),
          state.status().word(),
          zh,
          en);
    } else {
      steps.notify(
          "user", demand.createdBy(), demand.id(), supply.id(), state.status().word(), zh, en);
    }
    steps.notify(
        "enterprise",
        supply.enterpriseCode(),
        demand.id(),
        supply.id(),
        state.status().word(),
        zh,
        en);
  }

  static String describe(MatchState s) {
    return switch (s.status()) {
      case DEAL -> "deal of " + s.dealAmount().toPlainString() + " (万元) on " + s.dealDate();
      case DELIVERED -> "delivered on " + s.deliveredOn();
      case DECLINED -> "declined: " + s.declineReason();
      default -> s.status().word();
    };
  }

  /** Records what a demand's owner bought outside the province instead, in 万元. */
  @Transactional
  public long buyOutside(long demandId, OutsidePurchaseDraft draft, DataScope scope, String actor) {
    Demand demand = market.demand(demandId, scope);
    if (!scope.mayChange()) {
      throw MarketRefused.outsideScope("id", "需求 " + demandId);
    }
    if (draft.amount() == null || draft.amount().signum() <= 0) {
      throw MarketRefused.of(
          "amount", "amount.required", "金额须大于 0（万元）", "the amount must be above 0 (万元)");
    }
    OutsidePurchaseDraft dated =
        new OutsidePurchaseDraft(
            draft.amount(), draft.date() == null ? LocalDate.now() : draft.date(), draft.note());
    long id = steps.addOutsidePurchase(demand.id(), dated, actor);
    audit.record(
        actor,
        "market",
        "market.outside.purchase",
        Long.toString(demandId),
        dated.amount().toPlainString() + " (万元) on " + dated.date());
    return id;
  }

  /** The newest notifications of the user: their enterprise's, or their own as staff. */
  public List<Notification> notifications(DataScope scope, String username) {
    return steps.notifications(scope.enterprise(), username, 50);
  }

  /** 省内采购占比 in the user's regions, by sector, city of delivery and key project. */
  public ProcurementShare share(DataScope scope) {
    String prefix = scope.regionPrefix() == null ? "-" : scope.regionPrefix();
    List<MatchRepository.DemandAmounts> amounts = steps.amounts(prefix);
    Categories categories = market.categories();
    return new ProcurementShare(
        new ProcurementShare.Row(
            "",
            "合计",
            "Total",
            amounts.stream()
                .map(MatchRepository.DemandAmounts::inProvince)
                .reduce(BigDecimal.ZERO, BigDecimal::add),
            amounts.stream()
                .map(MatchRepository.DemandAmounts::outside)
                .reduce(BigDecimal.ZERO, BigDecimal::add)),
        group(
            amounts,
            a -> Categories.filterPrefix(a.categoryCode()),
            key ->
                categories
                    .find(key)
                    .map(c -> new String[] {c.nameZh(), c.nameEn()})
                    .orElse(new String[] {key, key})),
        group(
            amounts,
            a -> a.deliveryRegionCode().substring(0, 4) + "00",
            key -> new String[] {market.regionName(key), key}),
        group(
            amounts,
            a -> a.projectCode() == null ? "" : a.projectCode(),
            key -> key.isEmpty() ? new String[] {"未关联项目", "No project"} : new String[] {key, key}));
  }

  private static List<ProcurementShare.Row> group(
      List<MatchRepository.DemandAmounts> amounts,
      Function<MatchRepository.DemandAmounts, String> key,
      Function<String, String[]> names) {
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    for (MatchRepository.DemandAmounts a : amounts) {
      BigDecimal[] sum =
          sums.computeIfAbsent(
              key.apply(a), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(a.inProvince());
      sum[1] = sum[1].add(a.outside());
    }
    List<ProcurementShare.Row> rows = new ArrayList<>();
    sums.forEach(
        (k, sum) -> {
          String[] name = names.apply(k);
          rows.add(new ProcurementShare.Row(k, name[0], name[1], sum[0], sum[1]));
        });
    return rows;
  }
}
