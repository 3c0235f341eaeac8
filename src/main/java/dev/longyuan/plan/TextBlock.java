package dev.longyuan.plan;

import java.util.List;

/**
 * One piece of the plan's text in reading order: a heading, a paragraph, or the place where the
 * indicator table is printed.
 */
public record TextBlock(
    Kind kind,
    String sectionId,
    int level,
    String titleZh,
    String titleEn,
    List<Segment> segments) {

  public enum Kind {
    HEADING,
    PARAGRAPH,
    INDICATOR_TABLE
  }

  public boolean heading() {
    return kind == Kind.HEADING;
  }

  public boolean paragraph() {
    return kind == Kind.PARAGRAPH;
  }

  public boolean indicatorTable() {
    return kind == Kind.INDICATOR_TABLE;
  }

  public boolean marked() {
    return Segment.anyMarked(segments);
  }
}
