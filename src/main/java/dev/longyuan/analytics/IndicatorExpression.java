package dev.longyuan.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's definition over data elements: arithmetic (+ − × ÷, parentheses, numbers) over
 * aggregates of the units selected, so that a ratio is a ratio of sums, never a mean of ratios.
 *
 * <ul>
 *   <li>{@code sum(E)}: Σ 本期 of E over the units that report it;
 *   <li>{@code same(E)} and {@code prev(E)}: Σ 本期 and Σ 上年同期 of E over the units that report both,
 *       the comparable base of a growth rate ({@code same(VA) / prev(VA) * 100 - 100});
 *   <li>{@code count(E)}: the number of units that report E;
 *   <li>{@code countif(E > 0)}: the number whose E compares so with a number (&gt; &lt; &gt;= &lt;=
 *       =);
 *   <li>{@code real(E)}: Σ 本期 of E over the units of {@code same(E)}, each deflated by the
 *       province's ex-factory price index (上年同期=100) of its GB/T 4754 division for the same period
 *       and measure, or the all-industry index where the division has none: real growth is {@code
 *       real(VA) / prev(VA) * 100 - 100};
 *   <li>{@code constant(E, 2015)}: Σ 本期 of E at the prices of 2015, each unit's value divided by
 *       its division's price indices chained from 2015 to the period (an intensity at base-year
 *       prices: {@code sum(WATER) / constant(VA, 2015)}).
 * </ul>
 *
 * <p>{@code real} and {@code constant} apply to values at current prices only, and have no value
 * when any unit they cover has no price index: a sum deflated only in part is never given.
 *
 * <p>A definition names only known elements and is checked whole before it is used; it never
 * becomes SQL text itself (see {@link Aggregate}).
 */
public record IndicatorExpression(String text, Node root) {

  /** A part of the expression. */
  public sealed interface Node permits Number, Aggregate, Negation, Operation {}

  public record Number(BigDecimal value) implements Node {}

  /**
   * An aggregate of one element over the units selected: what the engine computes in SQL. {@code
   * comparator} and {@code threshold} belong to {@code countif}, {@code baseYear} to {@code
   * constant}.
   */
  public record Aggregate(
      String function,
      String element,
      @Nullable String comparator,
      @Nullable BigDecimal threshold,
      @Nullable Integer baseYear)
      implements Node {

    /** As written, e.g. {@code countif(LOSS > 0)}, {@code constant(VA, 2015)}. */
    public String label() {
      return function
          + "("
          + element
          + (comparator == null ? "" : " " + comparator + " " + threshold.toPlainString())
          + (baseYear == null ? "" : ", " + baseYear)
          + ")";
    }

    /** Whether its values are divided by price indices: {@code real} and {@code constant}. */
    public boolean deflated() {
      return DEFLATED.contains(function);
    }
  }

  public record Negation(Node operand) implements Node {}

  public record Operation(char operator, Node left, Node right) implements Node {}

  static final Set<String> FUNCTIONS =
      Set.of("sum", "same", "prev", "count", "countif", "real", "constant");

  static final Set<String> DEFLATED = Set.of("real", "constant");

  /**
   * Parses and checks a definition; {@code knownElement} says which element codes exist, {@code
   * atCurrentPrices} which are values at current prices, the only ones a price index deflates.
   */
  public static IndicatorExpression parse(
      String text, Predicate<String> knownElement, Predicate<String> atCurrentPrices) {
    Parser parser = new Parser(text, knownElement, atCurrentPrices);
    Node root = parser.expression();
    parser.skipSpace();
    if (parser.position < text.length()) {
      throw parser.refused(
          "unexpected “" + text.substring(parser.position) + "”",
          "多余的内容“" + text.substring(parser.position) + "”");
    }
    return new IndicatorExpression(text, root);
  }

  /** The aggregates the expression needs, each once, in the order written. */
  public List<Aggregate> aggregates() {
    Set<Aggregate> found = new LinkedHashSet<>();
    collect(root, found);
    return new ArrayList<>(found);
  }

  private static void collect(Node node, Set<Aggregate> found) {
    if (node instanceof Aggregate a) {
      found.add(a);
    } else if (node instanceof Negation n) {
      collect(n.operand(), found);
    } else if (node instanceof Operation o) {
      collect(o.left(), found);
      collect(o.right(), found);
    }
  }

  /**
   * The value given each aggregate's value; null where an aggregate has none (no unit reports the
   * element) or a divisor is zero: an indicator that cannot be computed is never shown as zero.
   */
  public @Nullable BigDecimal evaluate(Map<Aggregate, @Nullable BigDecimal> aggregates) {
    return evaluate(root, aggregates::get);
  }

  /** The value from each aggregate's, as {@code valueOf} gives them (null: no value). */
  public @Nullable BigDecimal evaluate(
      java.util.function.Function<Aggregate, @Nullable BigDecimal> valueOf) {
    return evaluate(root, valueOf);
  }

  private static @Nullable BigDecimal evaluate(
      Node node, java.util.function.Function<Aggregate, @Nullable BigDecimal> aggregates) {
    if (node instanceof Number n) {
      return n.value();
    }
    if (node instanceof Aggregate a) {
      return aggregates.apply(a);
    }
    if (node instanceof Negation n) {
      BigDecimal v = evaluate(n.operand(), aggregates);
      return v == null ? null : v.negate();
    }
    Operation o = (Operation) node;
    BigDecimal l = evaluate(o.left(), aggregates);
    BigDecimal r = evaluate(o.right(), aggregates);
    if (l == null || r == null) {
      return null;
    }
    return switch (o.operator()) {
      case '+' -> l.add(r);
      case '-' -> l.subtract(r);
      case '*' -> l.multiply(r);
      default -> r.signum() == 0 ? null : l.divide(r, MathContext.DECIMAL128);
    };
  }

  /** A definition that cannot be used, with where and why in both languages. */
  public static final class Refused extends AnalyticsRefused {
    Refused(String messageZh, String messageEn) {
      super("definition.invalid", messageZh, messageEn);
    }
  }

  /** Recursive descent over the grammar in the class comment. */
  private static final class Parser {
    final String text;
    final Predicate<String> knownElement;
    final Predicate<String> atCurrentPrices;
    int position;

    Parser(String text, Predicate<String> knownElement, Predicate<String> atCurrentPrices) {
      this.text = text;
      this.knownElement = knownElement;
      this.atCurrentPrices = atCurrentPrices;
    }

    Node expression() {
      Node left = term();
      while (true) {
        skipSpace();
        if (peek('+') || peek('-')) {
          char op = text.charAt(position++);
          left = new Operation(op, left, term());
        } else {
          return left;
        }
      }
    }

    Node term() {
      Node left = factor();
      while (true) {
        skipSpace();
        if (peek('*') || peek('/')) {
          char op = text.charAt(position++);
          left = new Operation(op, left, factor());
        } else {
          return left;
        }
      }
    }

    Node factor() {
      skipSpace();
      if (peek('-')) {
        position++;
        return new Negation(factor());
      }
      if (peek('(')) {
        position++;
        Node inner = expression();
        expect(')');
        return inner;
      }
      if (position < text.length() && (Character.isDigit(text.charAt(position)) || peek('.'))) {
        return new Number(number());
      }
      String word = word();
      if (!FUNCTIONS.contains(word)) {
        throw refused(
            "expected a number, “(” or one of sum, same, prev, count, countif, real, constant"
                + " at column "
                + (position - word.length() + 1)
                + (word.isEmpty() ? "" : ", not “" + word + "”"),
            "第 "
                + (position - word.length() + 1)
                + " 列处应为数字、“(”或 sum、same、prev、count、countif、real、constant 之一"
                + (word.isEmpty() ? "" : "，而不是“" + word + "”"));
      }
      expect('(');
      skipSpace();
      String element = word();
      if (!knownElement.test(element)) {
        throw refused(
            "unknown data element “" + element + "” in " + word + "()",
            word + "() 中的统计指标项“" + element + "”不存在");
      }
      if (DEFLATED.contains(word) && !atCurrentPrices.test(element)) {
        throw refused(
            word
                + "() divides values at current prices (元) by price indices: “"
                + element
                + "” is not one",
            word + "() 以价格指数缩减现价价值量（元）：“" + element + "”不是价值量");
      }
      String comparator = null;
      Integer baseYear = null;
      BigDecimal threshold = null;
      if (word.equals("countif")) {
        skipSpace();
        comparator = comparator();
        skipSpace();
        boolean negative = peek('-');
        if (negative) {
          position++;
        }
        threshold = number();
        if (negative) {
          threshold = threshold.negate();
        }
      }
      if (word.equals("constant")) {
        expect(',');
        baseYear = year();
      }
      expect(')');
      return new Aggregate(word, element, comparator, threshold, baseYear);
    }

    /** The base year of constant(): four digits, nothing else. */
    int year() {
      skipSpace();
      int start = position;
      String digits = word();
      if (!digits.matches("\\d{4}")) {
        throw refused(
            "constant() needs the base year (four digits) at column " + (start + 1),
            "constant() 在第 " + (start + 1) + " 列处须为基年（四位数字）");
      }
      return Integer.parseInt(digits);
    }

    String comparator() {
      for (String c : List.of(">=", "<=", ">", "<", "=")) {
        if (text.startsWith(c, position)) {
          position += c.length();
          return c;
        }
      }
      throw refused(
          "countif() needs a comparison (> < >= <= =) at column " + (position + 1),
          "countif() 在第 " + (position + 1) + " 列处须有比较符（> < >= <= =）");
    }

    BigDecimal number() {
      int start = position;
      while (position < text.length()
          && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
        position++;
      }
      try {
        return new BigDecimal(text.substring(start, position));
      } catch (NumberFormatException e) {
        throw refused(
            "“"
                + text.substring(start, position)
                + "” at column "
                + (start + 1)
                + " is not a number",
            "第 " + (start + 1) + " 列的“" + text.substring(start, position) + "”不是数字");
      }
    }

    String word() {
      int start = position;
      while (position < text.length()
          && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
        position++;
      }
      return text.substring(start, position);
    }

    void expect(char c) {
      skipSpace();
      if (!peek(c)) {
        throw refused(
            "expected “" + c + "” at column " + (position + 1),
            "第 " + (position + 1) + " 列处应为“" + c + "”");
      }
      position++;
    }

    boolean peek(char c) {
      return position < text.length() && text.charAt(position) == c;
    }

    void skipSpace() {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
    }

    Refused refused(String messageEn, String messageZh) {
      return new Refused(
          "定义“" + text + "”：" + messageZh, "definition \"" + text + "\": " + messageEn);
    }
  }
}
