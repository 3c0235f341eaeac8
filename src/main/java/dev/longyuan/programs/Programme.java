package dev.longyuan.programs;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cultivation programme of the catalogue: who holds its recognitions (enterprises or zones), the
 * levels it grants and the plan target its count serves, if any.
 */
public record Programme(
    String code,
    String nameZh,
    String nameEn,
    HolderKind holderKind,
    List<String> levels,
    @Nullable String targetCode) {

  public Programme {
    levels = List.copyOf(levels);
  }

  /** An enterprise, or a development zone or park. */
  public enum HolderKind {
    ENTERPRISE,
    ZONE
  }

  public String name(boolean english) {
    return english ? nameEn : nameZh;
  }
}
