-- Version 2 of the credit rules adds the two factors the platform can now count:
--   recall:        −15 for each recall, in the last 24 months, of a lot the enterprise made (the
--                  traceability module's recalls, charged to the lot's grower or processor), at most −30;
--   reportingLate: −2 for each period whose figures were first submitted more than 5 days after the
--                  period ended, among the periods due in the last 12 months, at most −10 (the days are
--                  the province's choice, to follow the statistical reporting system's deadlines).
-- Everything else is as in version 1. Versions are never edited: the latest one applies, and every
-- grade stored names the version it came from.
INSERT INTO credit_rule_version (version, rules, note) VALUES (2, '{
  "start": 100,
  "inspectionFailed": {"points": 15, "cap": 45, "months": 24},
  "penalty": {"points": 10, "cap": 30, "months": 36},
  "complaintUpheld": {"points": 5, "cap": 15, "months": 12},
  "recall": {"points": 15, "cap": 30, "months": 24},
  "reportingReturned": {"points": 2, "cap": 10, "months": 12},
  "reportingReopened": {"points": 2, "cap": 10, "months": 12},
  "reportingLate": {"weight": {"points": 2, "cap": 10, "months": 12}, "daysAfterPeriodEnd": 5},
  "recognition": {"points": 5, "cap": 10, "months": 0},
  "gradeA": 90,
  "gradeB": 75,
  "gradeC": 60,
  "blacklistedAtMost": 59
}', '召回与迟报纳入评价 / recalls of lots made and late statistical reporting counted (issue 12)');
