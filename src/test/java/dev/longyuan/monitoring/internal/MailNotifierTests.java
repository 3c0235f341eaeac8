package dev.longyuan.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.longyuan.PlatformTest;
import dev.longyuan.monitoring.Alert;
import dev.longyuan.monitoring.AlertRaised;
import dev.longyuan.monitoring.persistence.DeliveryStore;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.shared.RegionCode;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server in the test (GreenMail, on a free port) receives each alert raised as one e-mail,
 * its subject and body in Chinese and in English; without a host and recipients no notifier is
 * made. No notifier runs in the tests' application (no SMTP host is configured), so every e-mail
 * delivery in the table is this test's.
 */
@PlatformTest
class MailNotifierTests {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired DeliveryStore store;

  @Autowired JdbcClient jdbc;

  MailNotifier notifier;

  @AfterEach
  void stop() {
    if (notifier != null) {
      notifier.stop();
    }
  }

  @Test
  void eachAlertRaisedArrivesAsOneBilingualMessageNamingRuleRegionValueThresholdAndPeriod()
      throws Exception {
    jdbc.sql("DELETE FROM warning_delivery WHERE channel = 'mail'").update();
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    PlanCatalog plans = mock(PlanCatalog.class);
    when(plans.region("621100"))
        .thenReturn(
            Optional.of(
                new Region(
                    RegionCode.of("621100"),
                    "定西市",
                    "Dingxi",
                    RegionLevel.PREFECTURE,
                    RegionCode.of("620000"))));
    notifier =
        new MailNotifier(
            sender,
            messages(),
            plans,
            store,
            "province@example.org, dingxi@example.org",
            "ly@example.org",
            3,
            Duration.ofMillis(100));
    notifier.start();

    notifier.on(new AlertRaised(alert(41, "50.00")));
    notifier.on(new AlertRaised(alert(42, "75.5")));
    // one message per alert, delivered to each of the two recipients' mailboxes
    for (int i = 0; i < 200 && smtp.getReceivedMessages().length < 4; i++) {
      Thread.sleep(50);
    }
    Thread.sleep(500);

    // two recipients each receive the two alerts once
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(4);
    assertThat(store.delivery(41, MailNotifier.CHANNEL).orElseThrow().state())
        .isEqualTo("delivered");
    MimeMessage first =
        java.util.Arrays.stream(received)
            .filter(m -> text(m).contains("数值：50\n"))
            .findFirst()
            .orElseThrow();
    assertThat(first.getSubject())
        .isEqualTo(
            "【预警】亏损面超过20%：定西市 (621100) / [Warning] Share of loss makers above 20%: Dingxi"
                + " (621100)");
    assertThat(first.getFrom()[0].toString()).isEqualTo("ly@example.org");
    assertThat(first.getRecipients(Message.RecipientType.TO)).hasSize(2);
    String body = text(first);
    assertThat(body)
        .contains("规则：亏损面超过20%（loss-share-high）", "地区：定西市 (621100)")
        .contains("数值：50", "阈值：20", "时期：2024-06")
        .contains(
            "Rule: Share of loss makers above 20% (loss-share-high)", "Region: Dingxi (621100)")
        .contains("Value: 50\n", "Threshold: 20\n", "Period: 2024-06");
    assertThat(received)
        .extracting(m -> text(m).replaceAll("(?s).*数值：(\\S+).*", "$1"))
        .containsExactlyInAnyOrder("50", "50", "75.5", "75.5");
  }

  @Test
  void withoutAHostOrRecipientsNoNotifierIsMade() {
    ApplicationContextRunner runner =
        new ApplicationContextRunner()
            // the application's conversions, so that the backoff reads as a Duration
            .withInitializer(
                context ->
                    context
                        .getBeanFactory()
                        .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withBean(JavaMailSender.class, JavaMailSenderImpl::new)
            .withBean(MessageSource.class, MailNotifierTests::messages)
            .withBean(PlanCatalog.class, () -> mock(PlanCatalog.class))
            .withBean(DeliveryStore.class, () -> mock(DeliveryStore.class))
            .withUserConfiguration(MailNotifier.class);
    runner
        .withPropertyValues("longyuan.warnings.mail.to=a@example.org")
        .run(context -> assertThat(context).doesNotHaveBean(MailNotifier.class));
    runner
        .withPropertyValues("spring.mail.host=127.0.0.1")
        .run(context -> assertThat(context).doesNotHaveBean(MailNotifier.class));
    runner
        .withPropertyValues("spring.mail.host=127.0.0.1", "longyuan.warnings.mail.to=a@example.org")
        .run(context -> assertThat(context).hasSingleBean(MailNotifier.class));
  }

  private static String text(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (java.io.IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static MessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static Alert alert(long id, String value) {
    OffsetDateTime now = OffsetDateTime.parse("2026-11-27T08:00:00+08:00");
    return new Alert(
        id,
        1,
        "loss-share-high",
        "亏损面超过20%",
        "Share of loss makers above 20%",
        "gansu-13fyp-industry",
        "warning",
        "621100",
        null,
        "",
        new BigDecimal(value),
        new BigDecimal("20"),
        "2024-06",
        "",
        "v1",
        now,
        now,
        null,
        null,
        null);
  }
}
