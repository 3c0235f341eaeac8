package dev.longyuan;

import dev.longyuan.plan.PlanCommandLine;
import dev.longyuan.system.InstanceGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two ways in: with no arguments it serves the web platform; with a sub-command ({@code
 * plan validate FILE}, {@code plan targets --plan ID}) it does batch work and exits.
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

  private static int runCommand(String[] args) {
    if (args[0].equals("plan")) {
      return PlanCommandLine.run(
          java.util.Arrays.asList(args).subList(1, args.length), System.out, System.err);
    }
    System.err.println("未知命令 / unknown command: " + args[0]);
    System.err.println(
        "用法 / usage: java -jar longyuan.jar [plan validate FILE | plan targets --plan ID [--format json|csv]"
            + " | data import FILE | data export --format F | data generate]");
    return 2;
  }
}
