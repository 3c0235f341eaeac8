package dev.longyuan.smeservices;

import dev.longyuan.shared.Refusal;

/**
 * A request of the service network refused, naming the field and the reason in Chinese and English:
 * {@code request.unknown} for one that does not exist or lies outside the user's scope (a 404
 * either way, so that others' requests cannot be probed), {@code scope.outside} for an action the
 * user may not take on one they may see.
 */
public class SmeRefused extends Refusal {

  private final String field;

  public SmeRefused(String field, String code, String messageZh, String messageEn) {
    super(code, messageZh, messageEn);
    this.field = field;
  }

  public String field() {
    return field;
  }

  public static SmeRefused unknownRequest(long id) {
    return new SmeRefused(
        "id",
        "request.unknown",
        "没有编号为 " + id + " 的服务请求",
        "no service request has the number " + id);
  }

  public static SmeRefused notYours(long id) {
    return new SmeRefused(
        "id",
        "scope.outside",
        "服务请求 " + id + " 不由您受理或评价",
        "service request " + id + " is not yours to act on");
  }
}
