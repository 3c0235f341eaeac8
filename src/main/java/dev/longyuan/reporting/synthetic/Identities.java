package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.synthetic.GansuCounties.County;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes up who an enterprise is: a name such as 兰州瑞丰化工有限公司 built from invented trade names that
 * avoid Gansu's well-known enterprises, a valid and unique unified social credit code registered in
 * the enterprise's county, and its size class from revenue and staff.
 */
final class Identities {

  private static final String FIRST = "瑞恒宏鑫泰嘉源丰晟通汇博远昌润祥德安佳凯鼎卓锦宇辰瀚正益聚科睿腾骏旭弘";
  private static final String SECOND = "泰源达丰盛晟通昌瑞和祥信诚宇航翔辉程阳润瀚益合泽峰林川元科聚诺隆融";

  /** Pairs that are, or sound like, real Gansu enterprises or places. */
  private static final Set<String> AVOIDED =
      Set.of(
          "金川", "华天", "长城", "莫高", "金徽", "滨河", "海林", "星火", "靖远", "窑街", "华亭", "连城", "东兴", "方大", "海龙",
          "亚盛", "荣华", "大禹", "三毛", "陇神", "众兴", "兰石", "佛慈", "天庆", "中天", "宏达", "恒通", "通达", "德隆", "正泰",
          "汇通", "宏源", "泰和", "安泰", "聚源");

  private final Set<String> names = new HashSet<>();
  private final Set<String> codes = new HashSet<>();
  private final List<String> cores = cores();

  private static List<String> cores() {
    List<String> cores = new ArrayList<>();
    for (char a : FIRST.toCharArray()) {
      for (char b : SECOND.toCharArray()) {
        String core = "" + a + b;
        if (a != b && !AVOIDED.contains(core)) {
          cores.add(core);
        }
      }
    }
    return List.copyOf(cores);
  }

  String name(Draws draws, County county, String word, Ownership ownership) {
    for (int attempt = 0; ; attempt++) {
      String core = cores.get(draws.below(cores.size()));
      if (attempt > 30) {
        core = core + cores.get(draws.below(cores.size())).charAt(0);
      }
      String place = place(draws, county);
      String name =
          switch (ownership) {
            case FOREIGN -> core + "（" + place + "）" + word + "有限公司";
            case COLLECTIVE -> place + core + word + (draws.uniform() < 0.5 ? "厂" : "有限公司");
            case SHAREHOLDING -> place + core + word + (draws.uniform() < 0.5 ? "股份有限公司" : "有限公司");
            case STATE -> place + core + word + (draws.uniform() < 0.6 ? "有限责任公司" : "有限公司");
            case PRIVATE -> place + core + word + (draws.uniform() < 0.85 ? "有限公司" : "有限责任公司");
          };
      if (names.add(name)) {
        return name;
      }
    }
  }

  private static String place(Draws draws, County county) {
    double u = draws.uniform();
    if (u < 0.3) {
      return "甘肃";
    }
    if (u < 0.75 || county.place().equals(GansuCounties.prefecturePlace(county))) {
      return GansuCounties.prefecturePlace(county);
    }
    return county.place();
  }

  /**
   * 9 (registered with market regulation) 1 (enterprise), the county code, an organisation code of
   * eight digits with its GB 11714 check character, then the GB 32100 check character.
   */
  CreditCode creditCode(Draws draws, County county) {
    while (true) {
      StringBuilder org = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        org.append((char) ('0' + draws.below(10)));
      }
      org.append(organisationCheck(org));
      CreditCode code = CreditCode.withCheckCharacter("91" + county.code() + org);
      if (codes.add(code.value())) {
        return code;
      }
    }
  }

  private static char organisationCheck(CharSequence digits) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** NBS 2017 classification for industry: employees and operating revenue (万元). */
  static SizeClass sizeClass(double employees, double revenue) {
    if (employees >= 1000 && revenue >= 40_000) {
      return SizeClass.LARGE;
    }
    if (employees >= 300 && revenue >= 2000) {
      return SizeClass.MEDIUM;
    }
    if (employees >= 20 && revenue >= 300) {
      return SizeClass.SMALL;
    }
    return SizeClass.MICRO;
  }
}
