package dev.longyuan.reporting;

import java.util.List;

/**
 * What another module knows of an enterprise's standing that a reviewer should see beside its
 * figures, such as a listing on the quality blacklist. A module that keeps such knowledge
 * implements this as a bean; the approval queue shows what every such bean says of an enterprise,
 * and with none nothing is added.
 */
public interface EnterpriseStanding {

  /**
   * The flags to show beside the enterprise's figures in the approval queue; none if in good
   * standing.
   */
  List<ReviewFlag> flags(String enterpriseCode);
}
