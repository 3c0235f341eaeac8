/**
 * Programmes: the recognitions enterprises and zones hold under the plan's cultivation programmes
 * (专精特新, 服务型制造示范, 工业设计中心, 两化融合贯标 …) counted year by year against the plan's targets, and the
 * capacity-reduction ledger (去产能) with cement's utilisation and concentration; both give the
 * assessment its register figures.
 */
@ApplicationModule(allowedDependencies = {"shared", "plan", "reporting", "analytics", "accounts"})
@NullMarked
package dev.longyuan.programs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
