package dev.longyuan.plan;

import dev.longyuan.plan.internal.PlanSources;
import dev.longyuan.plan.internal.TargetExport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code plan validate FILE} and {@code plan targets --plan ID [--format json|csv] [--file FILE]}.
 * Both read plan files directly, so they work while the platform is running and without a database.
 */
public final class PlanCommandLine {

  private static final String USAGE =
      """
      用法 / usage:
        plan validate FILE
        plan targets --plan ID [--format json|csv] [--file FILE]""";

  private PlanCommandLine() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() == 2 && args.get(0).equals("validate")) {
      return validate(Path.of(args.get(1)), out, err);
    }
    if (!args.isEmpty() && args.get(0).equals("targets")) {
      return targets(args.subList(1, args.size()), out, err);
    }
    err.println(USAGE);
    return 2;
  }

  private static int validate(Path file, PrintStream out, PrintStream err) {
    PlanReading reading = PlanFile.read(file);
    if (reading.isValid()) {
      Plan plan = reading.validPlan().orElseThrow();
      out.printf(
          "计划有效 / plan is valid: %s (%d sections, %d indicators, %d targets, %d sectors, %d regions)%n",
          plan.id(),
          plan.sections().size(),
          plan.indicators().size(),
          plan.targets().size(),
          plan.sectors().size(),
          plan.regions().size());
      return 0;
    }
    err.printf(
        "计划有 %d 处问题，未加载 / the plan has %d problems and was not loaded:%n",
        reading.problems().size(), reading.problems().size());
    reading.problems().forEach(problem -> err.println("  " + problem.describe()));
    return 1;
  }

  private static int targets(List<String> args, PrintStream out, PrintStream err) {
    String planId = option(args, "--plan").orElse(null);
    String format = option(args, "--format").orElse("json");
    if (planId == null || !(format.equals("json") || format.equals("csv"))) {
      err.println(USAGE);
      return 2;
    }
    try {
      Optional<Plan> plan = find(planId, option(args, "--file"));
      if (plan.isEmpty()) {
        err.println("没有找到计划 / no such plan: " + planId);
        return 1;
      }
      out.print(
          format.equals("csv")
              ? TargetExport.csv(plan.get().targets())
              : TargetExport.json(plan.get().targets()));
      out.flush();
      return 0;
    } catch (IOException e) {
      err.println("无法读取计划文件 / cannot read plan files: " + e.getMessage());
      return 1;
    }
  }

  private static Optional<Plan> find(String planId, Optional<String> file) throws IOException {
    if (file.isPresent()) {
      PlanReading reading = PlanFile.read(Path.of(file.get()));
      if (!reading.isValid()) {
        throw new IOException(
            file.get()
                + ":\n  "
                + String.join(
                    "\n  ", reading.problems().stream().map(PlanProblem::describe).toList()));
      }
      return reading.validPlan().filter(p -> p.id().equals(planId));
    }
    for (PlanSources.PlanSource source :
        PlanSources.all(dev.longyuan.system.InstanceGuard.home())) {
      Optional<Plan> plan =
          PlanFile.read(source.text()).validPlan().filter(p -> p.id().equals(planId));
      if (plan.isPresent()) {
        return plan;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
  }
}
