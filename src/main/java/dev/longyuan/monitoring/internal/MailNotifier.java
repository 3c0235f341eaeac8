package dev.longyuan.monitoring.internal;

import dev.longyuan.monitoring.Alert;
import dev.longyuan.monitoring.AlertRaised;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * region, value, threshold and period. Without both a host and recipients no notifier exists.
 */
@Component
@ConditionalOnProperty(name = {"spring.mail.host", "longyuan.warnings.mail.to"})
class MailNotifier {

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Locale EN = Locale.ENGLISH;

  private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

  private final JavaMailSender sender;
  private final MessageSource messages;
  private final PlanCatalog plans;
  private final List<String> to;
  private final String from;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "monitoring-mail");
            thread.setDaemon(true);
            return thread;
          });

  MailNotifier(
      JavaMailSender sender,
      MessageSource messages,
      PlanCatalog plans,
      @Value("${longyuan.warnings.mail.to}") String to,
      @Value("${longyuan.warnings.mail.from:longyuan@localhost}") String from) {
    this.sender = sender;
    this.messages = messages;
    this.plans = plans;
    this.to = List.of(to.split("\\s*,\\s*"));
    this.from = from;
  }

  @EventListener
  void on(AlertRaised raised) {
    Alert alert = raised.alert();
    worker.execute(() -> send(alert));
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  private void send(Alert alert) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
      mail.setFrom(from);
      mail.setTo(to.toArray(String[]::new));
      mail.setSubject(subject(alert, ZH) + " / " + subject(alert, EN));
      mail.setText(body(alert, ZH) + "\n\n----\n\n" + body(alert, EN));
      sender.send(message);
    } catch (MessagingException | MailException e) {
      log.warn("Alert {} could not be e-mailed: {}", alert.id(), e.getMessage());
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
