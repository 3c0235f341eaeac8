package dev.longyuan.smeservices;

import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The rules a node the province records must keep, each refused with its field and reason. */
final class NodeChecks {

  private NodeChecks() {}

  static ServiceNode check(NodeDraft draft, ServiceNetwork network) {
    String code = text(draft.code());
    if (!code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
      throw refused("code", "编码须为1至40位字母、数字或连字符", "the code is 1–40 letters, digits or hyphens");
    }
    NodeKind kind =
        NodeKind.fromWord(text(draft.kind()))
            .orElseThrow(
                () ->
                    refused(
                        "kind",
                        "类型须为 hub、window、touchpoint 或 agency",
                        "the kind is hub, window, touchpoint or agency"));
    String nameZh = text(draft.nameZh());
    if (nameZh.isEmpty() || nameZh.length() > 100) {
      throw refused("nameZh", "请填写中文名称（100字以内）", "give a Chinese name of up to 100 characters");
    }
    String nameEn = text(draft.nameEn()).isEmpty() ? nameZh : text(draft.nameEn());
    String regionCode = text(draft.regionCode());
    Region region =
        network
            .plan()
            .region(regionCode)
            .orElseThrow(
                () ->
                    refused(
                        "regionCode",
                        "没有行政区划代码 " + regionCode,
                        "no division has the code " + regionCode));
    RegionLevel expected =
        kind == NodeKind.HUB
            ? RegionLevel.PROVINCE
            : kind == NodeKind.WINDOW
                ? RegionLevel.PREFECTURE
                : kind == NodeKind.TOUCHPOINT ? RegionLevel.COUNTY : null;
    if (expected != null && region.level() != expected) {
      throw refused(
          "regionCode",
          "枢纽设在省、窗口设在市州、触角设在县区：" + regionCode + " 不合",
          "a hub is the province's, a window a city's, a touchpoint a county's: "
              + regionCode
              + " is not");
    }
    String parentCode = text(draft.parentCode());
    ServiceNode parent = parent(kind, regionCode, parentCode, network);
    LocalDate openedOn;
    try {
      openedOn = LocalDate.parse(text(draft.openedOn()));
    } catch (DateTimeParseException e) {
      throw refused("openedOn", "服务起始日期须写作 YYYY-MM-DD", "the opening day is written YYYY-MM-DD");
    }
    List<ServiceNode.Offer> offers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NodeDraft.OfferDraft offer :
        draft.offers() == null ? List.<NodeDraft.OfferDraft>of() : draft.offers()) {
      String category = text(offer.categoryCode());
      if (network.category(category).isEmpty() || !seen.add(category)) {
        throw refused(
            "offers",
            "服务目录中的类别 “" + category + "” 不是国家服务类别或重复",
            "the catalogue's category \"" + category + "\" is unknown or repeated");
      }
      Fee fee =
          Fee.fromWord(text(offer.fee()))
              .orElseThrow(
                  () ->
                      refused(
                          "offers",
                          "收费方式须为 free、low_cost 或 market",
                          "the fee is free, low_cost or market"));
      offers.add(new ServiceNode.Offer(category, fee));
    }
    if (offers.isEmpty()) {
      throw refused("offers", "服务目录至少包含一个类别", "the catalogue holds at least one category");
    }
    return new ServiceNode(
        code,
        kind,
        nameZh,
        nameEn,
        regionCode,
        parent == null ? null : parent.code(),
        openedOn,
        false,
        List.copyOf(offers));
  }

  private static @Nullable ServiceNode parent(
      NodeKind kind, String regionCode, String parentCode, ServiceNetwork network) {
    if (kind == NodeKind.HUB) {
      if (!parentCode.isEmpty()) {
        throw refused("parentCode", "枢纽没有上级", "the hub has no parent");
      }
      return null;
    }
    Optional<ServiceNode> parent = network.node(parentCode);
    boolean fits =
        parent.isPresent()
            && switch (kind) {
              case WINDOW -> parent.get().kind() == NodeKind.HUB;
              case TOUCHPOINT ->
                  parent.get().kind() == NodeKind.WINDOW
                      && parent.get().regionCode().startsWith(regionCode.substring(0, 4));
              default ->
                  parent.get().kind() == NodeKind.HUB || parent.get().kind() == NodeKind.WINDOW;
            };
    if (!fits) {
      throw refused(
          "parentCode",
          "上级须为：窗口—枢纽；触角—本市州窗口；服务机构—窗口或枢纽",
          "the parent of a window is the hub, of a touchpoint its city's window, of an agency a window or the hub");
    }
    return parent.get();
  }

  private static SmeRefused refused(String field, String zh, String en) {
    return new SmeRefused(field, "node." + field, zh, en);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
