package dev.longyuan.plan.internal;

import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML mapping, read with their path in the file so that every problem can say
 * exactly where it is. Reading never throws: a bad field is recorded and a neutral value returned.
 */
final class YamlFields {

  private final String path;
  private final int line;
  private final Map<String, Node> fields = new LinkedHashMap<>();
  private final Problems problems;

  YamlFields(String path, MappingNode node, Problems problems) {
    this.path = path;
    this.line = node.getStartMark().getLine() + 1;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      String key =
          tuple.getKeyNode() instanceof ScalarNode scalar
              ? scalar.getValue()
              : String.valueOf(tuple.getKeyNode());
      if (fields.containsKey(key)) {
        problem(key, tuple.getKeyNode(), "字段重复", "duplicate field");
      }
      fields.put(key, tuple.getValueNode());
    }
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  int line() {
    return line;
  }

  int lineOf(String key) {
    Node node = fields.get(key);
    return node == null ? line : node.getStartMark().getLine() + 1;
  }

  void problem(String key, String messageZh, String messageEn) {
    problems.add(pathOf(key), lineOf(key), messageZh, messageEn);
  }

  private void problem(String key, Node node, String messageZh, String messageEn) {
    problems.add(pathOf(key), node.getStartMark().getLine() + 1, messageZh, messageEn);
  }

  /** Reports fields the format does not know, which are nearly always typos. */
  void allowOnly(Set<String> known) {
    for (String key : fields.keySet()) {
      if (!known.contains(key)) {
        problem(key, "未知字段（拼写错误？）", "unknown field (a typo?)");
      }
    }
  }

  boolean has(String key) {
    return fields.containsKey(key) && !isNull(fields.get(key));
  }

  String text(String key) {
    String value = optionalText(key);
    if (value == null) {
      if (!fields.containsKey(key) || isNull(fields.get(key))) {
        problem(key, "缺少必填字段", "is required");
      }
      return "";
    }
    if (value.isBlank()) {
      problem(key, "不能为空", "must not be empty");
    }
    return value;
  }

  @Nullable String optionalText(String key) {
    Node node = fields.get(key);
    if (node == null || isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    problem(key, node, "应为文本", "must be text");
    return null;
  }

  @Nullable BigDecimal number(String key, boolean required) {
    Node node = fields.get(key);
    if (node == null || isNull(node)) {
      if (required) {
        problem(key, "缺少必填字段（数值）", "is required (a number)");
      }
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      try {
        return new BigDecimal(scalar.getValue().strip().replace("_", ""));
      } catch (NumberFormatException e) {
        problem(
            key,
            node,
            "\"" + scalar.getValue() + "\" 不是数字",
            "\"" + scalar.getValue() + "\" is not a number");
        return null;
      }
    }
    problem(key, node, "应为数字", "must be a number");
    return null;
  }

  @Nullable Integer integer(String key, boolean required) {
    BigDecimal value = number(key, required);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      problem(
          key,
          "\"" + value.toPlainString() + "\" 不是整数",
          "\"" + value.toPlainString() + "\" is not a whole number");
      return null;
    }
  }

  @Nullable LocalDate date(String key) {
    String value = text(key);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(
          key,
          "\"" + value + "\" 不是日期（应为 YYYY-MM-DD）",
          "\"" + value + "\" is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  /** A word from a closed list, such as a comparator or a kind. */
  <E> @Nullable E word(
      String key, Function<String, Optional<E>> parse, String allowed, boolean required) {
    String value = required ? text(key) : optionalText(key);
    if (value == null || value.isEmpty()) {
      return null;
    }
    Optional<E> parsed = parse.apply(value);
    if (parsed.isEmpty()) {
      problem(
          key,
          "\"" + value + "\" 不是允许的值（允许：" + allowed + "）",
          "\"" + value + "\" is not one of: " + allowed);
    }
    return parsed.orElse(null);
  }

  List<String> strings(String key) {
    Node node = fields.get(key);
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(key, node, "应为列表", "must be a list");
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < sequence.getValue().size(); i++) {
      Node item = sequence.getValue().get(i);
      if (item instanceof ScalarNode scalar && !isNull(item)) {
        values.add(scalar.getValue());
      } else {
        problems.add(
            pathOf(key) + "[" + i + "]", item.getStartMark().getLine() + 1, "应为文本", "must be text");
      }
    }
    return values;
  }

  List<YamlFields> list(String key, boolean required) {
    Node node = fields.get(key);
    if (node == null || isNull(node)) {
      if (required) {
        problem(key, "缺少必填字段（列表）", "is required (a list)");
      }
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(key, node, "应为列表", "must be a list");
      return List.of();
    }
    List<YamlFields> items = new ArrayList<>();
    for (int i = 0; i < sequence.getValue().size(); i++) {
      Node item = sequence.getValue().get(i);
      String itemPath = pathOf(key) + "[" + i + "]";
      if (item instanceof MappingNode mapping) {
        items.add(new YamlFields(itemPath, mapping, problems));
      } else {
        problems.add(
            itemPath,
            item.getStartMark().getLine() + 1,
            "应为映射（字段: 值）",
            "must be a mapping (field: value)");
      }
    }
    return items;
  }

  @Nullable YamlFields object(String key) {
    Node node = fields.get(key);
    if (node == null || isNull(node)) {
      return null;
    }
    if (node instanceof MappingNode mapping) {
      return new YamlFields(pathOf(key), mapping, problems);
    }
    problem(key, node, "应为映射（字段: 值）", "must be a mapping (field: value)");
    return null;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
  }

  /** A code such as a plan id or sector code: lower-case letters, digits and hyphens. */
  String slug(String key) {
    String code = text(key);
    if (!code.isEmpty() && !code.matches("[a-z0-9][a-z0-9-]*")) {
      problem(
          key,
          "\"" + code + "\" 只能含小写字母、数字和连字符",
          "\"" + code + "\" may hold only a-z, 0-9 and hyphens");
    }
    return code;
  }

  int year(String key, boolean required) {
    Integer year = integer(key, required);
    if (year != null && (year < 1949 || year > 2100)) {
      problem(key, year + " 不是合理的年份", year + " is not a plausible year");
      return 0;
    }
    return year == null ? 0 : year;
  }

  @Nullable RegionCode regionCode(String key, boolean required) {
    String code = required ? text(key) : optionalText(key);
    if (code == null || code.isEmpty()) {
      return required ? RegionCode.of("100000") : null;
    }
    if (!RegionCode.isValid(code)) {
      problem(
          key,
          "\"" + code + "\" 不是 GB/T 2260 行政区划代码（6 位数字）",
          "\"" + code + "\" is not a GB/T 2260 code (6 digits)");
      return required ? RegionCode.of("100000") : null;
    }
    return RegionCode.of(code);
  }

  List<IndustryCode> industryCodes() {
    List<IndustryCode> codes = new ArrayList<>();
    List<String> written = strings("industryCodes");
    for (int i = 0; i < written.size(); i++) {
      if (IndustryCode.isValid(written.get(i))) {
        codes.add(IndustryCode.of(written.get(i)));
      } else {
        problem(
            "industryCodes",
            "\"" + written.get(i) + "\" 不是 GB/T 4754-2017 行业代码（如 C25、C2511）",
            "\"" + written.get(i) + "\" is not a GB/T 4754-2017 code (such as C25, C2511)");
      }
    }
    return codes;
  }
}
