package dev.longyuan.accounts.internal;

import dev.longyuan.accounts.AccountRefused;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * No password is built in: on a first start the administrator comes from LONGYUAN_ADMIN_PASSWORD,
 * or else from the setup page, which answers only on the machine itself.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final Accounts accounts;
  private final String username;
  private final String password;
  private final int port;

  FirstAdministrator(
      Accounts accounts,
      @Value("${longyuan.admin.username}") String username,
      @Value("${longyuan.admin.password}") String password,
      @Value("${local.server.port:${server.port}}") int port) {
    this.accounts = accounts;
    this.username = username;
    this.password = password;
    this.port = port;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.anyAdministrator()) {
      return;
    }
    if (password.isEmpty()) {
      log.warn(
          "尚无管理员：请在本机浏览器打开 http://localhost:{}/setup 创建第一个管理员，或以 LONGYUAN_ADMIN_PASSWORD 启动。"
              + " No administrator yet: open http://localhost:{}/setup on this machine to create the"
              + " first one, or start with LONGYUAN_ADMIN_PASSWORD set.",
          port,
          port);
      return;
    }
    try {
      accounts.createFirstAdministrator(
          username, password, new Requester("LONGYUAN_ADMIN_PASSWORD", "local"));
      log.info("已创建管理员 {} / created the administrator {}", username, username);
    } catch (AccountRefused refused) {
      throw new IllegalStateException(
          "LONGYUAN_ADMIN_PASSWORD: " + refused.messageZh() + " / " + refused.messageEn());
    }
  }
}
