package dev.longyuan.accounts;

import dev.longyuan.accounts.backup.BackupRefused;
import dev.longyuan.accounts.backup.DatabaseBackup;
import dev.longyuan.accounts.backup.DatabaseRestore;
import dev.longyuan.accounts.backup.Manifest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code admin backup DIR} writes a consistent snapshot of the whole database while the platform
 * runs; {@code admin restore DIR} loads one into a new, empty home.
 */
public final class AdminCommandLine {

  static final String USAGE =
      """
      用法 / usage:
        admin backup DIR     备份全部数据到新目录（平台运行时也可）/ back up everything to a new directory (also while the platform runs)
        admin restore DIR    把备份恢复到新建的空数据目录 / restore a backup into a new, empty home
        admin audit-check    校验审计日志的哈希链 / verify the audit log's hash chain""";

  private AdminCommandLine() {}

  public static int run(
      List<String> args, ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
    if (args.equals(List.of("audit-check"))) {
      return auditCheck(context.getBean(AuditLog.class), out, err);
    }
    if (args.size() != 2 || !List.of("backup", "restore").contains(args.get(0))) {
      err.println(USAGE);
      return 2;
    }
    Path dir = Path.of(args.get(1));
    DataSource dataSource = context.getBean(DataSource.class);
    try {
      if (args.get(0).equals("backup")) {
        Manifest manifest = new DatabaseBackup(dataSource).backup(dir);
        out.printf(
            "已备份 %d 张表、%d 行到 %s / backed up %d tables, %d rows to %s%n",
            manifest.tables().size(),
            rows(manifest),
            dir.toAbsolutePath(),
            manifest.tables().size(),
            rows(manifest),
            dir.toAbsolutePath());
        return 0;
      }
      if (context.getEnvironment().getProperty("longyuan.db.attach", Boolean.class, false)) {
        throw new BackupRefused(
            "有陇原平台正在使用此数据目录；请先停止它再恢复。",
            "A Longyuan platform is running on this home; stop it before restoring.");
      }
      Manifest manifest = new DatabaseRestore(dataSource).restore(dir);
      out.printf(
          "已从 %s 恢复 %d 张表、%d 行（备份时间 %s）/ restored %d tables, %d rows from %s (taken" + " %s)%n",
          dir.toAbsolutePath(),
          manifest.tables().size(),
          rows(manifest),
          manifest.takenAt(),
          manifest.tables().size(),
          rows(manifest),
          dir.toAbsolutePath(),
          manifest.takenAt());
      return 0;
    } catch (BackupRefused refused) {
      err.println(refused.messageZh());
      err.println(refused.messageEn());
      return 1;
    } catch (IOException e) {
      err.println("无法读写文件 / cannot read or write the file: " + e.getMessage());
      return 1;
    } catch (SQLException e) {
      err.println("数据库出错，未写入任何数据 / database error, nothing written: " + e.getMessage());
      return 1;
    }
  }

  private static int auditCheck(AuditLog auditLog, PrintStream out, PrintStream err) {
    AuditChainCheck check = auditLog.check();
    if (check.intact()) {
      out.printf(
          "审计日志完好：%d 条记录，哈希链无断裂 / the audit log is intact: %d entries, the hash chain holds%n",
          check.entries(), check.entries());
      return 0;
    }
    err.printf(
        "审计日志被改动过：发现 %d 处断裂 / the audit log was tampered with: %d breaks%n",
        check.breaks().size(), check.breaks().size());
    check.breaks().forEach(b -> err.println("  " + b));
    return 1;
  }

  private static long rows(Manifest manifest) {
    return manifest.tables().stream().mapToLong(Manifest.TableFile::rows).sum();
  }
}
