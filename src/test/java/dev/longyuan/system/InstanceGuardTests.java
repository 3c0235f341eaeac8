package dev.longyuan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceGuardTests {

  @TempDir Path home;

  @AfterEach
  void release() {
    InstanceGuard.release();
  }

  @Test
  void refusesASecondInstanceOnTheSameHomeInBothLanguages() {
    InstanceGuard.claim(home, 0);

    assertThatThrownBy(() -> InstanceGuard.claim(home, 0))
        .isInstanceOfSatisfying(
            InstanceGuard.InstanceRefused.class,
            refused -> {
              assertThat(refused.messageEn())
                  .contains("in use by another running Longyuan instance")
                  .contains(home.toString());
              assertThat(refused.messageZh()).contains("正被另一个运行中的陇原实例使用");
            });
  }

  @Test
  void recordsTheOwnerInTheLockFile() throws Exception {
    InstanceGuard.claim(home, 0);

    assertThat(java.nio.file.Files.readString(home.resolve("instance.lock")))
        .contains("pid " + ProcessHandle.current().pid());
  }

  @Test
  void refusesATakenPortAndLeavesTheHomeFree() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      assertThatThrownBy(() -> InstanceGuard.claim(home, taken.getLocalPort()))
          .isInstanceOfSatisfying(
              InstanceGuard.InstanceRefused.class,
              refused -> {
                assertThat(refused.messageEn())
                    .contains("Port " + taken.getLocalPort() + " is already in use");
                assertThat(refused.messageZh()).contains("端口 " + taken.getLocalPort() + " 已被占用");
              });
    }
    InstanceGuard.claim(home, 0);
  }
}
