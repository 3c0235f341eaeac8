package dev.longyuan.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validation rule's expression: two arithmetic sides over data element codes and numbers joined
 * by one comparison ({@code VA <= GO}, {@code SW_UTIL <= SW_GEN + SW_STOCK}). It compiles to a SQL
 * condition over columns named after the elements.
 */
public record RuleExpression(String text, Set<String> elements, String sqlCondition) {

  private static final Pattern TOKEN =
      Pattern.compile("\\s*(<=|>=|<>|[<>=+\\-*/()]|[A-Z][A-Z0-9_]*|\\d+(?:\\.\\d+)?)");
  private static final Set<String> COMPARISONS = Set.of("<=", ">=", "<", ">", "=", "<>");

  public static RuleExpression parse(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at) {
        if (text.substring(at).isBlank()) {
          break;
        }
        throw new IllegalArgumentException(
            "cannot read the rule at \"" + text.substring(at).strip() + "\"");
      }
      tokens.add(m.group(1));
      at = m.end();
    }
    long comparisons = tokens.stream().filter(COMPARISONS::contains).count();
    if (comparisons != 1) {
      throw new IllegalArgumentException("a rule has exactly one comparison: " + text);
    }
    Set<String> elements = new LinkedHashSet<>();
    StringBuilder sql = new StringBuilder();
    int depth = 0;
    for (String token : tokens) {
      if (token.matches("[A-Z][A-Z0-9_]*")) {
        elements.add(token);
        sql.append('"').append(token).append('"');
      } else {
        depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
        if (depth < 0) {
          throw new IllegalArgumentException("unbalanced brackets: " + text);
        }
        sql.append(' ').append(token).append(' ');
      }
    }
    if (depth != 0 || elements.isEmpty()) {
      throw new IllegalArgumentException("not a rule over data elements: " + text);
    }
    return new RuleExpression(
        text, Set.copyOf(elements), sql.toString().strip().replaceAll("\\s+", " "));
  }
}
