package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRow;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code {"values":[…]}} or a bare array of values, streaming. Numbers are taken as written
 * (through BigDecimal, never a double), so {@code 123.40} stays {@code 123.40}; numbers may also be
 * strings. The row of a value is its 1-based position in the array.
 */
final class JsonValueReader {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  void read(InputStream in, Consumer<ValueRow> rows, Consumer<FileProblem> problems) {
    try (JsonParser parser = MAPPER.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.accept(ProblemKind.FILE_EMPTY.whole());
        return;
      }
      if (!toArray(parser, first)) {
        problems.accept(ProblemKind.JSON_NO_VALUES.whole());
        return;
      }
      TextPool pool = new TextPool();
      int index = 0;
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        if (token == null) {
          throw new IllegalStateException("unexpected end of input");
        }
        index++;
        if (token != JsonToken.START_OBJECT) {
          problems.accept(ProblemKind.JSON_NOT_AN_OBJECT.at(index, null, null, kind(token)));
          parser.skipChildren();
          continue;
        }
        ValueRow row = object(parser, index, pool, problems);
        if (row != null) {
          rows.accept(row);
        }
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      problems.accept(
          ProblemKind.JSON_MALFORMED.whole(
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr(),
              e.getOriginalMessage()));
    } catch (IllegalStateException e) {
      problems.accept(ProblemKind.JSON_MALFORMED.whole(0, 0, e.getMessage()));
    }
  }

  /** Moves to the start of the values array; false when there is none. */
  private static boolean toArray(JsonParser parser, JsonToken first) {
    if (first == JsonToken.START_ARRAY) {
      return true;
    }
    if (first != JsonToken.START_OBJECT) {
      return false;
    }
    for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("values".equals(name) && value == JsonToken.START_ARRAY) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  /** Reads one object; null, after reporting why, when it has a field that cannot be taken. */
  private static @Nullable ValueRow object(
      JsonParser parser, int index, TextPool pool, Consumer<FileProblem> problems) {
    @Nullable String[] fields = new String[JsonField.values().length];
    boolean ok = true;
    for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
      String key = parser.currentName();
      JsonField field = JsonField.of(key);
      JsonToken token = parser.nextToken();
      if (field == null) {
        problems.accept(ProblemKind.JSON_UNKNOWN_FIELD.at(index, null, key, key, JsonField.keys()));
        parser.skipChildren();
        ok = false;
        continue;
      }
      switch (token) {
        case VALUE_STRING -> fields[field.ordinal()] = blankToNull(parser.getString());
        case VALUE_NUMBER_INT -> fields[field.ordinal()] = parser.getString();
        case VALUE_NUMBER_FLOAT ->
            fields[field.ordinal()] = parser.getDecimalValue().toPlainString();
        case VALUE_NULL -> fields[field.ordinal()] = null;
        default -> {
          problems.accept(ProblemKind.JSON_WRONG_TYPE.at(index, null, key, key, kind(token)));
          parser.skipChildren();
          ok = false;
        }
      }
    }
    if (!ok || allNull(fields)) {
      return null;
    }
    return new ValueRow(
        index,
        null,
        pool.shared(fields[JsonField.DATA_ELEMENT.ordinal()]),
        pool.shared(fields[JsonField.REPORTING_UNIT.ordinal()]),
        pool.shared(fields[JsonField.PERIOD.ordinal()]),
        pool.shared(MeasureText.normalise(fields[JsonField.MEASURE.ordinal()])),
        fields[JsonField.VALUE.ordinal()],
        fields[JsonField.PREVIOUS_YEAR_VALUE.ordinal()],
        fields[JsonField.COMMENT.ordinal()]);
  }

  private static @Nullable String blankToNull(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static boolean allNull(@Nullable String[] fields) {
    for (String f : fields) {
      if (f != null) {
        return false;
      }
    }
    return true;
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "{…}";
      case START_ARRAY -> "[…]";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      case VALUE_NULL -> "null";
      case VALUE_STRING -> "\"…\"";
      default -> "123";
    };
  }
}
