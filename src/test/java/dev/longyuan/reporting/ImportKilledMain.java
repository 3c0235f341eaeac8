package dev.longyuan.reporting;

import dev.longyuan.LongyuanApplication;
import dev.longyuan.reporting.synthetic.SyntheticOptions;
import dev.longyuan.reporting.synthetic.SyntheticPanel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a child JVM by {@link ImportCrashTests}: registers a synthetic panel's enterprises, says
 * so, then imports a few hundred thousand of its values, and is killed with SIGKILL on the way.
 */
public final class ImportKilledMain {

  private ImportKilledMain() {}

  public static void main(String[] args) throws Exception {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LongyuanApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "longyuan.shipped-data.enabled=false",
                "longyuan.monitoring.warm-up=false",
                "logging.level.root=WARN")
            .run("--longyuan.home=" + args[0]);
    SyntheticPanel panel = SyntheticPanel.generate(SyntheticOptions.of(3L, 2000, "2015-2016"));
    context.getBean(ReportingService.class).registerEnterprises(panel.enterprises(), panel.panel());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes(
        "data_element,reporting_unit,period,measure,value,previous_year_value,comment\n"
            .getBytes(StandardCharsets.UTF_8));
    Iterator<ValueRecord> values = panel.valueIterator();
    while (values.hasNext()) {
      ValueRecord r = values.next();
      csv.writeBytes(
          (r.dataElement()
                  + ","
                  + r.reportingUnit()
                  + ","
                  + r.period().code()
                  + ","
                  + r.measure().word()
                  + ","
                  + r.value().toPlainString()
                  + ",,\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    System.out.println("IMPORTING");
    System.out.flush();
    context.getBean(ValueFiles.class).importFile("big.csv", csv.toByteArray(), false, "child");
    System.out.println("IMPORTED");
    System.out.flush();
    Thread.sleep(600_000);
  }
}
