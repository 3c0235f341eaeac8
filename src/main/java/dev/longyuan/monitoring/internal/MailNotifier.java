package dev.longyuan.monitoring.internal;

import dev.longyuan.monitoring.Alert;
import dev.longyuan.monitoring.AlertRaised;
import dev.longyuan.monitoring.persistence.DeliveryStore;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails each alert raised, once, through the SMTP server of {@code spring.mail.*} to the
 * addresses of {@code longyuan.warnings.mail.to} (comma-separated), from {@code
 * longyuan.warnings.mail.from}: the subject and body in Chinese, then in English, naming the rule,
 * region, value, threshold and period. The message is written when the alert is raised and sent
 * from the table of deliveries, retried with backoff when the server refuses it, so that a restart
 * loses none. Without both a host and recipients no notifier exists.
 */
@Component
@ConditionalOnProperty(name = {"spring.mail.host", "longyuan.warnings.mail.to"})
class MailNotifier {

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Locale EN = Locale.ENGLISH;

  static final String CHANNEL = "mail";

  private final JavaMailSender sender;
  private final MessageSource messages;
  private final PlanCatalog plans;
  private final List<String> to;
  private final String from;
  private final DeliveryQueue queue;

  MailNotifier(
      JavaMailSender sender,
      MessageSource messages,
      PlanCatalog plans,
      DeliveryStore store,
      @Value("${longyuan.warnings.mail.to}") String to,
      @Value("${longyuan.warnings.mail.from:longyuan@localhost}") String from,
      @Value("${longyuan.warnings.mail.attempts:6}") int attempts,
      @Value("${longyuan.warnings.mail.backoff:PT1M}") Duration backoff) {
    this.sender = sender;
    this.messages = messages;
    this.plans = plans;
    this.to = List.of(to.split("\\s*,\\s*"));
    this.from = from;
    this.queue = new DeliveryQueue(CHANNEL, store, attempts, backoff, this::send);
  }

  @PostConstruct
  void start() {
    queue.start();
  }

  /** Writes the message when the alert is raised, and queues it. */
  @EventListener
  void on(AlertRaised raised) {
    Alert alert = raised.alert();
    queue.offer(
        alert.id(),
        subject(alert, ZH) + " / " + subject(alert, EN),
        body(alert, ZH) + "\n\n----\n\n" + body(alert, EN));
  }

  @PreDestroy
  void stop() {
    queue.stop();
  }

  private @Nullable String send(DeliveryStore.Delivery delivery) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
      mail.setFrom(from);
      mail.setTo(to.toArray(String[]::new));
      mail.setSubject(java.util.Objects.requireNonNullElse(delivery.subject(), ""));
      mail.setText(delivery.payload());
      sender.send(message);
      return null;
    } catch (MessagingException | MailException e) {
      return e.getMessage() == null ? e.toString() : e.getMessage();
    }
  }

  String subject(Alert alert, Locale locale) {
    return messages.getMessage(
        "warnings.mail.subject",
        new Object[] {
          messages.getMessage("warnings.severity." + alert.severity(), null, locale),
          name(alert, locale),
          region(alert.regionCode(), locale)
        },
        locale);
  }

  String body(Alert alert, Locale locale) {
    return messages.getMessage(
        "warnings.mail.body",
        new Object[] {
          name(alert, locale),
          alert.ruleCode(),
          messages.getMessage("warnings.severity." + alert.severity(), null, locale),
          region(alert.regionCode(), locale),
          alert.subject().isEmpty() ? "—" : alert.subject(),
          number(alert.value()),
          number(alert.threshold()),
          alert.period(),
          alert.detail().isEmpty() ? "—" : alert.detail(),
          alert.firstSeen().toString()
        },
        locale);
  }

  private static String name(Alert alert, Locale locale) {
    return locale.getLanguage().equals("en") ? alert.ruleNameEn() : alert.ruleNameZh();
  }

  private String region(String code, Locale locale) {
    return plans
        .region(code)
        .map(Region::nameZh)
        .map(
            zh ->
                (locale.getLanguage().equals("en")
                        ? plans.region(code).map(Region::nameEn).orElse(zh)
                        : zh)
                    + " ("
                    + code
                    + ")")
        .orElse(code);
  }

  private static String number(@Nullable BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }
}
