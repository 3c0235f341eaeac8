/**
 * Supply-demand matching (产销对接): demands of key projects and enterprises, supplies of in-province
 * enterprises, the ranked matches between them, each match's steps to a deal and delivery, and the
 * share of procurement bought in the province (省内采购占比).
 */
@ApplicationModule(allowedDependencies = {"shared", "plan", "reporting", "projects", "accounts"})
@NullMarked
package dev.longyuan.market;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
