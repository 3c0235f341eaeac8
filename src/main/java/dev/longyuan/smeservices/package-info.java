/**
 * The SME public service network (中小企业公共服务平台网络): the provincial hub, the cities' windows, the
 * counties' touchpoints and the agencies that join them with their service catalogues; the requests
 * SMEs make of them, routed and escalated against service levels counted in working days of the
 * Chinese calendar; and its figures, of which county coverage measures the plan's target.
 */
@ApplicationModule(allowedDependencies = {"shared", "plan", "reporting", "analytics", "accounts"})
@NullMarked
package dev.longyuan.smeservices;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
