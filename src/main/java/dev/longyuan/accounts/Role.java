package dev.longyuan.accounts;

import java.util.Arrays;
import java.util.Optional;

/** What a user is: a province administrator or analyst, a city or county bureau, an enterprise. */
public enum Role {
  PROVINCE_ADMIN("省级管理员", "Province administrator"),
  PROVINCE_ANALYST("省级分析员", "Province analyst"),
  CITY("市州用户", "City (prefecture) bureau"),
  COUNTY("县区用户", "County bureau"),
  ENTERPRISE("企业填报员", "Enterprise reporter");

  private final String nameZh;
  private final String nameEn;

  Role(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** Bound to a region: a city's or a county's code. */
  public boolean needsRegion() {
    return this == CITY || this == COUNTY;
  }

  public boolean needsEnterprise() {
    return this == ENTERPRISE;
  }

  public static Optional<Role> fromName(String name) {
    return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
  }
}
