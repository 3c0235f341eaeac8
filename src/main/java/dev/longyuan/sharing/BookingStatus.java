package dev.longyuan.sharing;

/**
 * Where a booking stands: requested, then approved or refused by the owner, in use, completed; or
 * cancelled by its requester before use.
 */
public enum BookingStatus {
  REQUESTED("待审批", "Requested"),
  APPROVED("已批准", "Approved"),
  REFUSED("已拒绝", "Refused"),
  IN_USE("使用中", "In use"),
  COMPLETED("已完成", "Completed"),
  CANCELLED("已取消", "Cancelled");

  private final String nameZh;
  private final String nameEn;

  BookingStatus(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** Whether the booking holds its period against other requests. */
  public boolean holds() {
    return this == REQUESTED || this == APPROVED || this == IN_USE;
  }

  /** Whether its requester may still cancel it: before it is in use. */
  public boolean cancellable() {
    return this == REQUESTED || this == APPROVED;
  }

  /** Whether its hours count as used in the utilisation. */
  public boolean used() {
    return this == IN_USE || this == COMPLETED;
  }
}
