package dev.longyuan.reporting.synthetic;

import java.math.BigDecimal;

/**
 * The data elements of the enterprise forms ENT-M and ENT-Y that the panel fills, with the number
 * of decimals each is reported with (V2__reporting_elements.sql).
 */
enum Element {
  GO(1, Form.MONTHLY),
  VA(1, Form.MONTHLY),
  REV(1, Form.MONTHLY),
  MBR(1, Form.MONTHLY),
  PROFIT(1, Form.MONTHLY),
  LOSS(1, Form.MONTHLY_DERIVED),
  ENERGY(1, Form.MONTHLY),
  P_CRUDE_PROC(2, Form.MONTHLY),
  P_COAL(2, Form.MONTHLY),
  P_PIG_IRON(2, Form.MONTHLY),
  P_CRUDE_STEEL(2, Form.MONTHLY),
  P_STEEL(2, Form.MONTHLY),
  P_COPPER(2, Form.MONTHLY),
  P_ALUMINIUM(2, Form.MONTHLY),
  P_NF10(2, Form.MONTHLY),
  P_CEMENT(2, Form.MONTHLY),
  P_POWER(2, Form.MONTHLY),
  LOSS_ENT(0, Form.MONTHLY_DERIVED),
  ENT(0, Form.MONTHLY_DERIVED),
  RD_EXP(1, Form.YEARLY_FLOW),
  PATENTS(0, Form.YEARLY_STOCK),
  WATER(2, Form.YEARLY_FLOW),
  SW_GEN(2, Form.YEARLY_FLOW),
  SW_UTIL(2, Form.YEARLY_FLOW),
  SW_STOCK(2, Form.YEARLY_FLOW),
  IT_SURVEYED(0, Form.YEARLY_STOCK),
  IT_DIGITAL_RD(0, Form.YEARLY_STOCK),
  IT_KEY_PROC(0, Form.YEARLY_STOCK),
  IT_NC_PROC(0, Form.YEARLY_STOCK);

  /** Where an element is reported and how its annual total is kept. */
  enum Form {
    MONTHLY,
    MONTHLY_DERIVED,
    YEARLY_FLOW,
    YEARLY_STOCK
  }

  static final int COUNT = values().length;

  private final int scale;
  private final Form form;
  private final long unit;

  Element(int scale, Form form) {
    this.scale = scale;
    this.form = form;
    this.unit = (long) StrictMath.pow(10, scale);
  }

  int scale() {
    return scale;
  }

  Form form() {
    return form;
  }

  boolean isProduct() {
    return name().startsWith("P_");
  }

  /** A value in the element's own unit expressed in its smallest reported step (0.1 万元 …). */
  long toSteps(double value) {
    return Math.round(value * unit);
  }

  BigDecimal decimal(long steps) {
    return BigDecimal.valueOf(steps, scale);
  }
}
