package dev.longyuan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole platform on a random port, with MockMvc beside it. Every Spring test uses exactly this,
 * so the test run starts one context and one embedded PostgreSQL (under target/test-home).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // tests load the shipped data themselves, and a small synthetic panel at that
    properties = {
      "longyuan.shipped-data.enabled=false",
      "longyuan.shipped-data.enterprises=100",
      "longyuan.shipped-data.years=2015-2016",
      // the first administrator, as an operator would give it (see TestUsers)
      "longyuan.admin.password=" + TestUsers.ADMIN_PASSWORD,
      // the malformed-upload test posts a thousand files in well under a minute
      "longyuan.limits.imports-per-minute=100000",
      // pages are computed when asked, not ahead in the background while tests change the data
      "longyuan.monitoring.warm-up=false",
      // warning rules are evaluated when a test asks, not in the background
      "longyuan.monitoring.warnings=false",
      // monthly briefs are made when a test runs the schedule, not in the background
      "longyuan.evaluation.brief-schedule=false",
      // the programmes' demonstration data are loaded when a test asks, not after shipped data
      "longyuan.programmes.shipped-data=false",
      // subscriptions' webhooks are run and sent when a test asks, not in the background
      "longyuan.trace.webhooks=false",
      // the tests' webhook receivers listen on this machine's loopback
      "longyuan.trace.webhooks.allowed-networks=127.0.0.0/8,::1/128"
    })
@AutoConfigureMockMvc
public @interface PlatformTest {}
