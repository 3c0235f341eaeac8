package dev.longyuan.credit;

import java.util.List;

/** An enterprise's score (0–100) and grade under a rule version, with every factor's part. */
public record CreditEvaluation(int score, Grade grade, int ruleVersion, List<Factor> factors) {}
