package dev.longyuan.plan;

import java.util.ArrayList;
import java.util.List;

/** A run of plan text, marked when it is the quotation or name being looked at. */
public record Segment(String text, boolean marked) {

  /** Splits a paragraph so that every occurrence of each term is its own marked segment. */
  public static List<Segment> mark(String paragraph, List<String> terms) {
    List<Segment> segments = new ArrayList<>();
    int from = 0;
    while (from < paragraph.length()) {
      int at = -1;
      String found = "";
      for (String term : terms) {
        int index = term.isEmpty() ? -1 : paragraph.indexOf(term, from);
        if (index >= 0
            && (at < 0 || index < at || (index == at && term.length() > found.length()))) {
          at = index;
          found = term;
        }
      }
      if (at < 0) {
        segments.add(new Segment(paragraph.substring(from), false));
        break;
      }
      if (at > from) {
        segments.add(new Segment(paragraph.substring(from, at), false));
      }
      segments.add(new Segment(found, true));
      from = at + found.length();
    }
    return segments;
  }

  public static boolean anyMarked(List<Segment> segments) {
    return segments.stream().anyMatch(Segment::marked);
  }
}
