package dev.longyuan.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plan validate FILE} and {@code plan targets --plan ID}, run in-process with captured
 * output.
 */
class PlanCommandLineTests {

  static final String GANSU = "gansu-13fyp-industry";
  static final List<String> JSON_FIELDS =
      List.of(
          "code",
          "nameZh",
          "nameEn",
          "value",
          "valueMax",
          "unit",
          "comparator",
          "kind",
          "baseYear",
          "targetYear",
          "attribute",
          "direction",
          "section",
          "sourceText");

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode =
        PlanCommandLine.run(
            List.of(args), new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(exitCode, out.toString(UTF_8), err.toString(UTF_8));
  }

  static Path minimalPlanFile() {
    try {
      return Path.of(
          PlanCommandLineTests.class.getResource("/test-plans/minimal-plan.yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Plan gansu() {
    try (InputStream in =
        PlanCommandLineTests.class.getResourceAsStream("/plans/" + GANSU + ".yaml")) {
      return PlanFile.read(new String(in.readAllBytes(), UTF_8)).validPlan().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class Validate {

    @Test
    void acceptsAGoodFile() {
      Run run = run("validate", minimalPlanFile().toString());

      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("plan is valid")
          .contains("minimal-plan")
          .contains("6 sections, 2 indicators, 3 targets, 1 sectors, 3 regions");
      assertThat(run.err()).isEmpty();
    }

    @Test
    void refusesABrokenFileAndPrintsEveryProblemWithItsPath(@TempDir Path dir) throws IOException {
      String yaml = PlanFileTests.minimalWith("  value: 3\n", "  value: abc\n");
      yaml = PlanFileTests.replaceOnce(yaml, "parent: \"620100\"", "parent: \"629900\"");
      yaml = PlanFileTests.replaceOnce(yaml, "industryCodes: [C2511]", "industryCodes: [2511]");
      Path file = Files.writeString(dir.resolve("broken.yaml"), yaml, UTF_8);

      Run run = run("validate", file.toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains("the plan has 3 problems and was not loaded")
          .contains("计划有 3 处问题")
          .contains(
              "targets[1].value (line "
                  + PlanFileTests.lineOf(yaml, "value: abc")
                  + "): \"abc\" is not a number / \"abc\" 不是数字")
          .contains("regions[2].parent (line ")
          .contains("no such region \"629900\"")
          .contains("sectors[0].subDirections[0].industryCodes (line ");
      assertThat(run.err().lines().filter(line -> line.startsWith("  "))).hasSize(3);
    }

    @Test
    void refusesAMissingFileWithAClearMessage(@TempDir Path dir) {
      Path missing = dir.resolve("no-such-plan.yaml");

      Run run = run("validate", missing.toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("cannot read the file " + missing).contains("无法读取文件");
    }

    @Test
    void acceptsTheShippedGansuPlan() throws Exception {
      Path file =
          Path.of(PlanCommandLineTests.class.getResource("/plans/" + GANSU + ".yaml").toURI());

      Run run = run("validate", file.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("plan is valid: " + GANSU);
    }
  }

  @Nested
  class TargetsAsJson {

    @Test
    void printsEveryTargetOfAShippedPlanAsAJsonArray() {
      Plan plan = gansu();

      Run run = run("targets", "--plan", GANSU, "--format", "json");

      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode array = JsonMapper.builder().build().readTree(run.out());
      assertThat(array.isArray()).isTrue();
      assertThat(array.size()).isEqualTo(plan.targets().size());
      for (JsonNode target : array) {
        assertThat(target.propertyNames()).containsAll(JSON_FIELDS);
      }
      List<String> codes = new ArrayList<>();
      array.forEach(node -> codes.add(node.get("code").asString()));
      assertThat(codes)
          .containsExactlyElementsOf(plan.targets().stream().map(Target::code).toList());
    }

    @Test
    void writesValuesAndWordsAsInThePlanFile() {
      Run run = run("targets", "--plan", GANSU);

      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode range = find(JsonMapper.builder().build().readTree(run.out()), "T-2.3.5-04");
      assertThat(range.get("value").decimalValue()).isEqualByComparingTo("4");
      assertThat(range.get("valueMax").decimalValue()).isEqualByComparingTo("6");
      assertThat(range.get("unit").asString()).isEqualTo("个");
      assertThat(range.get("comparator").asString()).isEqualTo("range");
      assertThat(range.get("kind").asString()).isEqualTo("cumulative_count");
      assertThat(range.get("countBasis").asString()).isEqualTo("stock");
      assertThat(range.get("baseYear").asInt()).isEqualTo(2015);
      assertThat(range.get("targetYear").asInt()).isEqualTo(2020);
      assertThat(range.get("attribute").asString()).isEqualTo("expected");
      assertThat(range.get("direction").asString()).isEqualTo("higher_is_better");
      assertThat(range.get("section").asString()).isEqualTo("2.3.5");
      assertThat(range.get("sourceText").asString()).isEqualTo("打造4-6个“互联网＋”协同制造示范园区、基地");
      JsonNode growth = find(JsonMapper.builder().build().readTree(run.out()), "T-2.3.1-01");
      assertThat(growth.get("comparator").asString()).isEqualTo("≈");
      assertThat(growth.get("value").decimalValue()).isEqualByComparingTo("7.5");
      assertThat(growth.get("valueMax").isNull()).isTrue();
    }

    JsonNode find(JsonNode array, String code) {
      for (JsonNode node : array) {
        if (node.get("code").asString().equals(code)) {
          return node;
        }
      }
      throw new AssertionError("no target " + code);
    }
  }

  @Nested
  class TargetsAsCsv {

    @Test
    void printsAHeaderAndOneRowATarget() throws IOException {
      Plan plan = gansu();

      Run run = run("targets", "--plan", GANSU, "--format", "csv");

      assertThat(run.exitCode()).as(run.err()).isZero();
      try (CSVParser parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(run.out()))) {
        assertThat(parser.getHeaderNames())
            .startsWith("code", "nameZh", "nameEn", "value", "valueMax", "unit")
            .containsAll(JSON_FIELDS);
        List<CSVRecord> rows = parser.getRecords();
        assertThat(rows).hasSize(plan.targets().size());
        assertThat(rows)
            .extracting(row -> row.get("code"))
            .containsExactlyElementsOf(plan.targets().stream().map(Target::code).toList());
        CSVRecord range =
            rows.stream()
                .filter(row -> row.get("code").equals("T-2.3.5-04"))
                .findFirst()
                .orElseThrow();
        assertThat(range.get("value")).isEqualTo("4");
        assertThat(range.get("valueMax")).isEqualTo("6");
        assertThat(range.get("comparator")).isEqualTo("range");
        assertThat(range.get("sourceText")).isEqualTo("打造4-6个“互联网＋”协同制造示范园区、基地");
        assertThat(rows).allSatisfy(row -> assertThat(row.isConsistent()).isTrue());
      }
    }
  }

  @Nested
  class TargetsFromAFile {

    @Test
    void readsThePlanFromTheGivenFile() {
      Run run = run("targets", "--file", minimalPlanFile().toString(), "--plan", "minimal-plan");

      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode array = JsonMapper.builder().build().readTree(run.out());
      assertThat(array.size()).isEqualTo(3);
      assertThat(array.get(1).get("code").asString()).isEqualTo("T-2.1-01");
      assertThat(array.get(2).get("value").isNull()).isTrue();
      assertThat(array.get(2).get("comparator").asString()).isEqualTo("qualitative");
    }

    @Test
    void readsThePlanFromTheGivenFileAsCsv() throws IOException {
      Run run =
          run(
              "targets",
              "--plan",
              "minimal-plan",
              "--format",
              "csv",
              "--file",
              minimalPlanFile().toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      try (CSVParser parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(run.out()))) {
        assertThat(parser.getRecords())
            .extracting(row -> row.get("code"))
            .containsExactly("T-2-01", "T-2.1-01", "T-2.2-01");
      }
    }

    @Test
    void refusesAFileHoldingAnotherPlan() {
      Run run = run("targets", "--file", minimalPlanFile().toString(), "--plan", GANSU);

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("no such plan: " + GANSU);
    }
  }

  @Nested
  class Refusals {

    @Test
    void refusesAnUnknownPlanId() {
      Run run = run("targets", "--plan", "no-such-plan");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("no such plan: no-such-plan").contains("没有找到计划");
    }

    @Test
    void refusesNoArguments() {
      Run run = run();

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("usage").contains("plan validate FILE");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "validate",
          "validate a.yaml b.yaml",
          "targets",
          "targets --format json",
          "targets --plan",
          "targets --plan " + GANSU + " --format xml",
          "export --plan " + GANSU
        })
    void refusesBadUsage(String args) {
      Run run = run(args.split(" "));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("用法 / usage:").contains("plan targets --plan ID");
    }
  }

  @Test
  void targetsFromABrokenFileListTheFilesProblems() throws Exception {
    Path broken = java.nio.file.Files.createTempFile("broken-plan", ".yaml");
    java.nio.file.Files.writeString(
        broken,
        java.nio.file.Files.readString(minimalPlanFile())
            .replaceFirst("value: 8", "value: \"abc\""));

    Run run = run("targets", "--file", broken.toString(), "--plan", "minimal-plan");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("is not a number").contains("不是数字");
  }
}
