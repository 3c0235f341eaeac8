package dev.longyuan.plan;

import dev.longyuan.plan.internal.PlanYamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and checks plan files in the YAML format of {@code docs/plan-format.md}. */
public final class PlanFile {

  private PlanFile() {}

  /** Checks the whole text; a plan comes back only when nothing is wrong with it. */
  public static PlanReading read(String yaml) {
    return PlanYamlReader.read(yaml);
  }

  public static PlanReading read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new PlanReading(
          null,
          List.of(
              new PlanProblem(
                  "",
                  0,
                  "无法读取文件 " + file + "：" + e.getMessage(),
                  "cannot read the file " + file + ": " + e.getMessage())));
    }
  }
}
