package dev.longyuan;

import dev.longyuan.accounts.AdminCommandLine;
import dev.longyuan.analytics.AssessCommandLine;
import dev.longyuan.plan.PlanCommandLine;
import dev.longyuan.programs.ProgrammesCommandLine;
import dev.longyuan.projects.ProjectsCommandLine;
import dev.longyuan.reporting.DataCommandLine;
import dev.longyuan.system.InstanceGuard;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One jar, two ways in: with no arguments it serves the web platform; with a sub-command ({@code
 * plan …}, {@code data …}) it does batch work and exits.
 */
@SpringBootApplication
public class LongyuanApplication {

  public static void main(String[] args) {
    if (args.length > 0 && !args[0].startsWith("-")) {
      System.exit(runCommand(args));
    }
    InstanceGuard.claimOrExit();
    SpringApplication.run(LongyuanApplication.class, args);
  }

  /**
   * The platform without its web server, for a command: beside a running platform it shares that
   * platform's database; otherwise it starts the embedded one.
   */
  private static ConfigurableApplicationContext commandContext() {
    boolean attach = !InstanceGuard.claimForCommand();
    return new SpringApplicationBuilder(LongyuanApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .properties(
            "longyuan.shipped-data.enabled=false",
            "longyuan.db.attach=" + attach,
            "logging.level.root=WARN")
        .run();
  }

  private static int runCommand(String[] args) {
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (args[0].equals("plan")) {
      return PlanCommandLine.run(rest, System.out, System.err);
    }
    if (args[0].equals("data")) {
      try (ConfigurableApplicationContext context = commandContext()) {
        return DataCommandLine.run(rest, context, System.out, System.err);
      }
    }
    if (args[0].equals("assess")) {
      try (ConfigurableApplicationContext context = commandContext()) {
        return AssessCommandLine.run(rest, context, System.out, System.err);
      }
    }
    if (args[0].equals("projects")) {
      try (ConfigurableApplicationContext context = commandContext()) {
        return ProjectsCommandLine.run(rest, context, System.out, System.err);
      }
    }
    if (args[0].equals("programmes")) {
      try (ConfigurableApplicationContext context = commandContext()) {
        return ProgrammesCommandLine.run(rest, context, System.out, System.err);
      }
    }
    if (args[0].equals("admin")) {
      // backup may share a running platform's database; restore refuses one (see AdminCommandLine)
      try (ConfigurableApplicationContext context = commandContext()) {
        return AdminCommandLine.run(rest, context, System.out, System.err);
      }
    }
    System.err.println("未知命令 / unknown command: " + args[0]);
    System.err.println(
        "用法 / usage: java -jar longyuan.jar [plan validate FILE | plan targets --plan ID"
            + " [--format json|csv] | data import FILE [--dry-run] | data export --format F"
            + " | data generate --seed N --enterprises N --years 2015-2020"
            + " | assess --plan ID --year YYYY [--region CODE] [--sector CODE] [--format json|csv]"
            + " | projects import FILE.xlsx | projects template FILE.xlsx"
            + " | programmes import FILE.xlsx [--dry-run]"
            + " | admin backup DIR | admin restore DIR | admin audit-check]");
    return 2;
  }
}
