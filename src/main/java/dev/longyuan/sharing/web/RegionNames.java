package dev.longyuan.sharing.web;

import dev.longyuan.sharing.Sharing;

/** The name of a region code on a page: {@code ${regionName.of(code)}}. */
record RegionNames(Sharing sharing) {

  public String of(String code) {
    return sharing.regionName(code);
  }
}
