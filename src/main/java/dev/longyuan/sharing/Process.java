package dev.longyuan.sharing;

/**
 * A manufacturing process spare capacity is offered by (数控加工, 铸造 …), with the GB/T 4754-2017 class
 * under which the market files it.
 */
public record Process(String code, String nameZh, String nameEn, String categoryCode) {}
