package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress measure against 600 series judged by the reference implementation (see
 * tools/progress-reference/README.md): the same label every time, the same figures to 1e-6.
 */
class ProgressReferenceTests {

  static final JsonNode FIXTURE = read();

  static JsonNode read() {
    try (InputStream in =
        ProgressReferenceTests.class.getResourceAsStream(
            "/analytics/progress-reference-cases.json")) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ProgressSeries series(JsonNode input) {
    List<Integer> years = new ArrayList<>();
    input.get("years").forEach(y -> years.add(y.asInt()));
    List<@Nullable Double> values = new ArrayList<>();
    input.get("values").forEach(v -> values.add(v.isNull() ? null : v.asDouble()));
    JsonNode target = input.get("target");
    JsonNode thresholds = input.get("progressThresholds");
    return new ProgressSeries(
        years,
        values,
        input.get("direction").asString().equals("positive"),
        target == null || target.isNull() ? null : target.asDouble(),
        input.get("targetYear").asInt(),
        input.get("baseYear").asInt(),
        thresholds == null || thresholds.isNull()
            ? null
            : new ProgressThresholds(
                thresholds.get("high").asDouble(),
                thresholds.get("med").asDouble(),
                thresholds.get("low").asDouble()));
  }

  @TestFactory
  Stream<DynamicTest> agreesWithTheReferenceOnEverySeries() {
    assertThat(FIXTURE.get("cases").size()).isEqualTo(600);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : FIXTURE.get("cases")) {
      tests.add(
          DynamicTest.dynamicTest(c.get("id").asString() + " " + c.get("tags"), () -> check(c)));
    }
    return tests.stream();
  }

  static void check(JsonNode c) {
    JsonNode expected = c.get("expected");
    ProgressAssessment actual = ProgressMeasure.assess(series(c.get("input")));
    assertThat(actual.label().word()).as("label").isEqualTo(expected.get("label").asString());
    assertThat(actual.method()).as("method").isEqualTo(expected.get("method").asInt());
    assertThat(actual.baseYear()).as("base year").isEqualTo(integer(expected.get("baseYear")));
    assertThat(actual.currentYear())
        .as("current year")
        .isEqualTo(integer(expected.get("currentYear")));
    close("cagrObserved", actual.cagrObserved(), expected.get("cagrObserved"));
    close("cagrRequired", actual.cagrRequired(), expected.get("cagrRequired"));
    close("ratio", actual.ratio(), expected.get("ratio"));
    close("progressValue", actual.progressValue(), expected.get("progressValue"));
  }

  static @Nullable Integer integer(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.asInt();
  }

  static void close(String field, @Nullable Double actual, @Nullable JsonNode expected) {
    if (expected == null || expected.isNull()) {
      assertThat(actual).as(field).isNull();
      return;
    }
    double want = expected.asDouble();
    assertThat(actual).as(field).isNotNull();
    assertThat(Math.abs(actual - want))
        .as(field + ": " + actual + " against " + want)
        .isLessThanOrEqualTo(1e-6 * Math.max(1, Math.abs(want)));
  }

  @Test
  void refusesWhereTheReferenceFails() {
    for (JsonNode c : FIXTURE.get("referenceErrors")) {
      assertThatThrownBy(() -> ProgressMeasure.assess(series(c.get("input"))))
          .isInstanceOfSatisfying(
              AnalyticsRefused.class,
              r -> assertThat(r.code()).isEqualTo("targetYear.equals_base"));
    }
  }
}
