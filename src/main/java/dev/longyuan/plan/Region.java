package dev.longyuan.plan;

import dev.longyuan.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/** An administrative division the plan covers. */
public record Region(
    RegionCode code, String nameZh, String nameEn, RegionLevel level, @Nullable RegionCode parent) {

  /** The name as the plan's text writes it: 兰州 for 兰州市, 临夏 for 临夏回族自治州. */
  public String shortNameZh() {
    if (level == RegionLevel.NEW_AREA) {
      return nameZh;
    }
    String name = nameZh;
    for (String suffix : new String[] {"回族自治州", "藏族自治州", "自治州", "自治县", "市", "区", "县", "省"}) {
      if (name.length() > suffix.length() + 1 && name.endsWith(suffix)) {
        String shortened = name.substring(0, name.length() - suffix.length());
        if (suffix.equals("自治县")) {
          shortened = shortened.replaceAll("(回族|藏族|东乡族|保安族|裕固族|哈萨克族|蒙古族|土族|撒拉族)+$", "");
        }
        return shortened;
      }
    }
    return name;
  }
}
