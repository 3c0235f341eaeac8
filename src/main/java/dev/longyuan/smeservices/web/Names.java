package dev.longyuan.smeservices.web;

import dev.longyuan.plan.Plan;
import dev.longyuan.plan.Region;
import dev.longyuan.smeservices.ServiceCategory;
import dev.longyuan.smeservices.ServiceNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The names the pages show for codes of regions, nodes and categories, in the page's language. */
record Names(Map<String, String[]> names) {

  static Names of(Plan plan, List<ServiceNode> nodes, List<ServiceCategory> categories) {
    Map<String, String[]> names = new HashMap<>();
    for (Region r : plan.regions()) {
      names.put(r.code().value(), new String[] {r.nameZh(), r.nameEn()});
    }
    nodes.forEach(n -> names.put(n.code(), new String[] {n.nameZh(), n.nameEn()}));
    categories.forEach(c -> names.put(c.code(), new String[] {c.nameZh(), c.nameEn()}));
    return new Names(names);
  }

  /** The name in the language ({@code en} or Chinese), or the code itself when it has none. */
  public String of(@Nullable String code, String language) {
    if (code == null) {
      return "—";
    }
    String[] name = names.get(code);
    return name == null ? code : name[language.equals("en") ? 1 : 0];
  }
}
