package dev.longyuan.projects.web;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The plan's names of the codes a project carries — regions, sectors, chains, bases, zones — in
 * Chinese and English, for the pages to show a name where the data hold a code.
 */
record Names(Map<String, String> zh, Map<String, String> en) {

  static Names of(Plan plan) {
    Map<String, String> zh = new HashMap<>();
    Map<String, String> en = new HashMap<>();
    for (Region r : plan.regions()) {
      zh.put(r.code().value(), r.nameZh());
      en.put(r.code().value(), r.nameEn());
    }
    for (Sector s : plan.sectors()) {
      zh.put(s.code(), s.nameZh());
      en.put(s.code(), s.nameEn());
    }
    for (Place p : plan.places()) {
      zh.put(p.code(), p.nameZh());
      en.put(p.code(), p.nameEn());
    }
    return new Names(zh, en);
  }

  /** The name of a code in the language ("en" or Chinese), the code itself when unknown. */
  public String of(@Nullable String code, String language) {
    if (code == null) {
      return "—";
    }
    return (language.equals("en") ? en : zh).getOrDefault(code, code);
  }
}
