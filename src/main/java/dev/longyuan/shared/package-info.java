/** Value types every module needs: region and industry codes, reporting periods, attached files. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.longyuan.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
