package dev.longyuan.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The plan's text laid out in reading order, with quotations marked, and the passages that mention
 * a name (what the plan says of a city, a sector, a base).
 */
public final class PlanText {

  private PlanText() {}

  /**
   * Every heading and paragraph in document order; closing paragraphs come after their
   * sub-sections.
   */
  public static List<TextBlock> blocks(Plan plan, List<String> marks) {
    List<TextBlock> blocks = new ArrayList<>();
    Deque<PlanSection> open = new ArrayDeque<>();
    for (PlanSection section : plan.sections()) {
      while (!open.isEmpty() && !section.id().startsWith(open.peek().id() + ".")) {
        close(open.pop(), plan, marks, blocks);
      }
      blocks.add(
          new TextBlock(
              TextBlock.Kind.HEADING,
              section.id(),
              section.level(),
              section.titleZh(),
              section.titleEn(),
              List.of()));
      paragraphs(section, section.text(), marks, blocks);
      open.push(section);
    }
    while (!open.isEmpty()) {
      close(open.pop(), plan, marks, blocks);
    }
    return blocks;
  }

  private static void close(
      PlanSection section, Plan plan, List<String> marks, List<TextBlock> blocks) {
    IndicatorTable table = plan.indicatorTable();
    if (table != null && table.section().equals(section.id())) {
      blocks.add(
          new TextBlock(
              TextBlock.Kind.INDICATOR_TABLE,
              section.id(),
              section.level(),
              table.titleZh(),
              table.titleEn(),
              Segment.mark(table.rawText(), marks)));
    }
    if (section.closingText() != null) {
      paragraphs(section, section.closingText(), marks, blocks);
    }
  }

  private static void paragraphs(
      PlanSection section, String text, List<String> marks, List<TextBlock> blocks) {
    for (String paragraph : text.split("\n")) {
      if (!paragraph.isBlank()) {
        blocks.add(
            new TextBlock(
                TextBlock.Kind.PARAGRAPH,
                section.id(),
                section.level(),
                section.titleZh(),
                section.titleEn(),
                Segment.mark(paragraph, marks)));
      }
    }
  }

  /** The paragraphs of the plan that mention any of the terms, each with its section. */
  public static List<TextBlock> mentions(Plan plan, List<String> terms) {
    return blocks(plan, terms).stream().filter(b -> b.paragraph() && b.marked()).toList();
  }

  /** The paragraphs of one section (without its sub-sections), with a quotation marked. */
  public static List<TextBlock> section(Plan plan, String sectionId, List<String> marks) {
    return blocks(plan, marks).stream()
        .filter(b -> b.paragraph() && b.sectionId().equals(sectionId))
        .toList();
  }
}
