package dev.longyuan.trace.internal;

import dev.longyuan.trace.EpcisRefused;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * When a scheduled subscription runs, as EPCIS defines a query schedule: each field ({@code
 * second}, {@code minute}, {@code hour}, {@code dayOfMonth}, {@code month}, {@code dayOfWeek}) a
 * comma-separated list of numbers and ranges {@code [a-b]}; a time matches when every field given
 * matches it, an omitted field matching any value. Times are read in Beijing time, the zone the
 * standard lets the service choose.
 */
public record QuerySchedule(Map<String, String> fields) {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final List<Field> FIELDS =
      List.of(
          new Field("second", 0, 59),
          new Field("minute", 0, 59),
          new Field("hour", 0, 23),
          new Field("dayOfMonth", 1, 31),
          new Field("month", 1, 12),
          new Field("dayOfWeek", 1, 7));

  private static final Pattern ELEMENT = Pattern.compile("(\\d{1,2})|\\[(\\d{1,2})-(\\d{1,2})]");

  /** Days looked ahead for a match: past the longest gap (29 February on a Monday, 28 years). */
  private static final int HORIZON_DAYS = 366 * 30;

  private record Field(String name, int min, int max) {}

  public QuerySchedule {
    fields = Map.copyOf(fields);
  }

  /** Reads a schedule from the binding's JSON, refusing a field that breaks the grammar. */
  public static QuerySchedule of(JsonNode schedule) {
    if (!schedule.isObject()) {
      throw refused("schedule", "应是对象", "is an object of schedule fields");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (var entry : schedule.properties()) {
      Field field =
          FIELDS.stream().filter(f -> f.name().equals(entry.getKey())).findFirst().orElse(null);
      if (field == null) {
        throw refused(entry.getKey(), "不是日程字段", "is not a schedule field");
      }
      JsonNode value = entry.getValue();
      String text = value.isNumber() ? String.valueOf(value.asInt()) : value.asString("");
      values(field, text);
      fields.put(field.name(), text.strip());
    }
    QuerySchedule parsed = new QuerySchedule(fields);
    if (parsed.next(OffsetDateTime.now(ZONE)) == null) {
      throw refused("schedule", "从不匹配任何时间", "matches no time at all");
    }
    return parsed;
  }

  /** The first time after the one given that the schedule matches, or null if none is near. */
  public @Nullable OffsetDateTime next(OffsetDateTime after) {
    BitSet seconds = allowed("second");
    BitSet minutes = allowed("minute");
    BitSet hours = allowed("hour");
    ZonedDateTime start = after.atZoneSameInstant(ZONE).truncatedTo(ChronoUnit.SECONDS);
    LocalDate day = start.toLocalDate();
    for (int d = 0; d < HORIZON_DAYS; d++, day = day.plusDays(1)) {
      if (!matchesDay(day)) {
        continue;
      }
      for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
        for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
          for (int s = seconds.nextSetBit(0); s >= 0; s = seconds.nextSetBit(s + 1)) {
            ZonedDateTime candidate = day.atTime(h, m, s).atZone(ZONE);
            if (candidate.isAfter(start)) {
              return candidate.toOffsetDateTime();
            }
          }
        }
      }
    }
    return null;
  }

  private boolean matchesDay(LocalDate day) {
    return allowed("dayOfMonth").get(day.getDayOfMonth())
        && allowed("month").get(day.getMonthValue())
        && allowed("dayOfWeek").get(day.getDayOfWeek().getValue());
  }

  private BitSet allowed(String name) {
    Field field = FIELDS.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    String value = fields.get(name);
    if (value == null) {
      BitSet any = new BitSet();
      any.set(field.min(), field.max() + 1);
      return any;
    }
    return values(field, value);
  }

  private static BitSet values(Field field, String text) {
    BitSet values = new BitSet();
    if (text.isBlank()) {
      throw refused(field.name(), "为空", "is empty");
    }
    for (String element : text.strip().split(",", -1)) {
      Matcher matcher = ELEMENT.matcher(element.strip());
      if (!matcher.matches()) {
        throw refused(
            field.name(),
            "的 " + element + " 不是数字或 [a-b] 区间",
            "has " + element + ", which is neither a number nor a range [a-b]");
      }
      int from = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
      int to = matcher.group(1) != null ? from : Integer.parseInt(matcher.group(3));
      if (from < field.min() || to > field.max() || from > to) {
        throw refused(
            field.name(),
            "的 " + element + " 超出 " + field.min() + "–" + field.max(),
            "has " + element + ", outside " + field.min() + "–" + field.max());
      }
      values.set(from, to + 1);
    }
    return values;
  }

  private static EpcisRefused refused(String field, String zh, String en) {
    return new EpcisRefused(
        "epcis.subscription.schedule", "订阅日程 " + field + " " + zh, "schedule " + field + " " + en);
  }
}
