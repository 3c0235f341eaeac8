package dev.longyuan.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Refuses to start a second platform on the same home directory or port, with a message a user can
 * act on instead of a stack trace. The lock is an OS file lock, so it dies with the process: after
 * {@code kill -9} the next start finds it free.
 */
public final class InstanceGuard {

  private static @Nullable FileLock heldLock;

  private InstanceGuard() {}

  /**
   * The home directory: {@code longyuan.home}, else {@code $LONGYUAN_HOME}, else {@code
   * ~/.longyuan}.
   */
  public static Path home() {
    String configured =
        Optional.ofNullable(System.getProperty("longyuan.home"))
            .orElse(System.getenv("LONGYUAN_HOME"));
    if (configured == null || configured.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".longyuan");
    }
    return Path.of(configured);
  }

  static int port() {
    String configured =
        Optional.ofNullable(System.getProperty("server.port")).orElse(System.getenv("SERVER_PORT"));
    if (configured == null || configured.isBlank()) {
      return 8080;
    }
    try {
      return Integer.parseInt(configured.trim());
    } catch (NumberFormatException e) {
      throw new InstanceRefused(
          "SERVER_PORT 不是端口号: " + configured, "SERVER_PORT is not a port number: " + configured);
    }
  }

  /** Claims the home directory and checks the port; prints why and exits 1 when either is taken. */
  public static void claimOrExit() {
    try {
      claim(home(), port());
    } catch (InstanceRefused refused) {
      System.err.println(refused.messageZh());
      System.err.println(refused.messageEn());
      System.exit(1);
    }
  }

  /**
   * For a command run from the same jar: claims the home when no platform runs on it, and says so;
   * false means a running platform holds it, whose database the command then shares.
   */
  public static boolean claimForCommand() {
    try {
      claim(home(), 0);
      return true;
    } catch (InstanceRefused heldByRunningPlatform) {
      return false;
    }
  }

  static synchronized void claim(Path home, int port) {
    try {
      Files.createDirectories(home);
      FileChannel channel =
          FileChannel.open(
              home.resolve("instance.lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.READ);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw new InstanceRefused(
            "数据目录 "
                + home
                + " 正被另一个运行中的陇原实例使用（"
                + owner(home)
                + "）。请先停止它，或用 LONGYUAN_HOME 指定另一个目录。",
            "The data directory "
                + home
                + " is in use by another running Longyuan instance ("
                + owner(home)
                + "). Stop it first, or set LONGYUAN_HOME to another directory.");
      }
      channel.truncate(0);
      channel.write(
          StandardCharsets.UTF_8.encode(
              "pid " + ProcessHandle.current().pid() + ", port " + port + "\n"));
      channel.force(true);
      heldLock = lock;
    } catch (IOException e) {
      throw new InstanceRefused(
          "无法使用数据目录 " + home + "：" + e.getMessage(),
          "Cannot use the data directory " + home + ": " + e.getMessage());
    }
    if (port != 0 && !portFree(port)) {
      release();
      throw new InstanceRefused(
          "端口 " + port + " 已被占用（可能是另一个陇原实例）。请停止占用它的程序，或用 SERVER_PORT 指定另一个端口。",
          "Port "
              + port
              + " is already in use (perhaps by another Longyuan instance). Stop whatever holds it, or set SERVER_PORT to another port.");
    }
  }

  private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldByThisProcess) {
      return null;
    }
  }

  static synchronized void release() {
    if (heldLock != null) {
      try {
        heldLock.channel().close();
      } catch (IOException ignored) {
        // closing a lock file we own cannot lose data
      }
      heldLock = null;
    }
  }

  private static String owner(Path home) {
    try {
      return Files.readString(home.resolve("instance.lock")).strip();
    } catch (IOException e) {
      return "?";
    }
  }

  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Why the platform will not start, in both languages. */
  public static final class InstanceRefused extends RuntimeException {
    private final String messageZh;

    InstanceRefused(String messageZh, String messageEn) {
      super(messageEn);
      this.messageZh = messageZh;
    }

    public String messageZh() {
      return messageZh;
    }

    public String messageEn() {
      return getMessage();
    }
  }
}
