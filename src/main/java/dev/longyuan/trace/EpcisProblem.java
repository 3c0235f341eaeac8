package dev.longyuan.trace;

/**
 * One thing wrong with a captured document: where (a JSON pointer such as {@code
 * /epcisBody/eventList/3/readPoint/id}, and the event's index in the document, or -1 for a problem
 * outside the events), and why.
 */
public record EpcisProblem(int eventIndex, String field, String messageZh, String messageEn) {}
