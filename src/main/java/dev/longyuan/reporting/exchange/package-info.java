/**
 * The files through which data values enter and leave: long CSV, SDMX-CSV 2.0, JSON and Excel (a
 * long 数据 sheet and form sheets as enterprises fill them). Readers turn a file into {@link
 * dev.longyuan.reporting.ValueRow}s faithfully and report structural problems; they do not check
 * the values themselves.
 */
@NullMarked
package dev.longyuan.reporting.exchange;

import org.jspecify.annotations.NullMarked;
