package dev.longyuan.plan.persistence;

import dev.longyuan.plan.Baseline;
import dev.longyuan.plan.Correction;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorTable;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanSection;
import dev.longyuan.plan.PlanTask;
import dev.longyuan.plan.ProgressBands;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.ResponsibleUnit;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.Target;
import dev.longyuan.shared.IndustryCode;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The INSERTs that write one plan; called inside the repository's transaction. */
final class PlanRowWriter {

  private final JdbcClient jdbc;

  PlanRowWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Plan plan, String sourceSha256) {
    ProgressBands bands = plan.progressThresholds();
    jdbc.sql(
            """
        INSERT INTO plan (id, title_zh, title_en, document_number, issuer_zh, issuer_en, issued_on, base_year,
                          target_year, preamble, source_sha256, progress_high, progress_med, progress_low)
        VALUES (:id, :titleZh, :titleEn, :documentNumber, :issuerZh, :issuerEn, :issuedOn, :baseYear,
                :targetYear, :preamble, :sha, :high, :med, :low)""")
        .paramSource(
            fields(plan)
                .addValue("sha", sourceSha256)
                .addValue("high", bands == null ? null : bands.high())
                .addValue("med", bands == null ? null : bands.med())
                .addValue("low", bands == null ? null : bands.low()))
        .update();
    int ordinal = 0;
    for (PlanSection section : plan.sections()) {
      jdbc.sql(
              """
          INSERT INTO plan_section (plan_id, id, ordinal, title_zh, title_en, text, closing_text)
          VALUES (:planId, :id, :ordinal, :titleZh, :titleEn, :text, :closingText)""")
          .paramSource(fields(section).addValue("planId", plan.id()).addValue("ordinal", ordinal++))
          .update();
    }
    IndicatorTable table = plan.indicatorTable();
    if (table != null) {
      jdbc.sql(
              """
          INSERT INTO plan_indicator_table (plan_id, section, title_zh, title_en, raw_text)
          VALUES (:planId, :section, :titleZh, :titleEn, :rawText)""")
          .paramSource(fields(table).addValue("planId", plan.id()))
          .update();
      corrections(plan.id(), "table", table.corrections());
    }
    for (Indicator indicator : plan.indicators()) {
      jdbc.sql(
              """
          INSERT INTO plan_indicator (plan_id, code, number, category_zh, category_en, name_zh, name_en, unit,
                                      attribute, direction, scope, baseline, baseline_note, target, target_text,
                                      section, table_row, target_codes, note, note_en,
                                      definition_expression, definition_industries, definition_official,
                                      definition_official_change)
          VALUES (:planId, :code, :number, :categoryZh, :categoryEn, :nameZh, :nameEn, :unit, :attribute,
                  :direction, :scope, :baseline, :baselineNote, :target, :targetText, :section, :tableRow,
                  :targetCodes, :note, :noteEn, :definitionExpression, :definitionIndustries,
                  :definitionOfficial, :definitionOfficialChange)""")
          .paramSource(
              fields(indicator)
                  .addValue("planId", plan.id())
                  .addValue("attribute", indicator.attribute().word())
                  .addValue("direction", indicator.direction().word())
                  .addValue("targetCodes", array(indicator.targets()))
                  .addValue(
                      "definitionExpression",
                      indicator.definition() == null ? null : indicator.definition().expression())
                  .addValue(
                      "definitionIndustries",
                      indicator.definition() == null ? null : indicator.definition().industries())
                  .addValue(
                      "definitionOfficial",
                      array(
                          indicator.definition() == null
                              ? List.of()
                              : indicator.definition().official()))
                  .addValue(
                      "definitionOfficialChange",
                      indicator.definition() == null
                          ? null
                          : indicator.definition().officialChange()))
          .update();
      corrections(plan.id(), indicator.code(), indicator.corrections());
    }
    ordinal = 0;
    for (Target target : plan.targets()) {
      jdbc.sql(
              """
          INSERT INTO plan_target (plan_id, code, ordinal, name_zh, name_en, value, value_max, unit, comparator, kind,
                                   count_basis, base_year, target_year, attribute, direction, scope, indicator_code, register,
                                   sector_codes, region_codes, section, source_text, note)
          VALUES (:planId, :code, :ordinal, :nameZh, :nameEn, :value, :valueMax, :unit, :comparatorWord, :kindWord,
                  :countBasisWord, :baseYear, :targetYear, :attributeWord, :directionWord, :scope, :indicator, :register,
                  :sectorCodes, :regionCodes, :section, :sourceText, :note)""")
          .paramSource(
              fields(target)
                  .addValue("planId", plan.id())
                  .addValue("ordinal", ordinal++)
                  .addValue("comparatorWord", target.comparator().word())
                  .addValue("kindWord", target.kind().word())
                  .addValue(
                      "countBasisWord",
                      target.countBasis() == null ? null : target.countBasis().word())
                  .addValue("attributeWord", target.attribute().word())
                  .addValue("directionWord", target.direction().word())
                  .addValue("sectorCodes", array(target.sectors()))
                  .addValue("regionCodes", array(target.regions())))
          .update();
    }
    ordinal = 0;
    for (Baseline baseline : plan.baselines()) {
      jdbc.sql(
              """
          INSERT INTO plan_baseline (plan_id, code, ordinal, name_zh, name_en, year, period_text, value, unit, scope,
                                     indicator_code, section, source_text)
          VALUES (:planId, :code, :ordinal, :nameZh, :nameEn, :year, :periodText, :value, :unit, :scope, :indicator,
                  :section, :sourceText)""")
          .paramSource(
              fields(baseline).addValue("planId", plan.id()).addValue("ordinal", ordinal++))
          .update();
    }
    ordinal = 0;
    for (Sector sector : plan.sectors()) {
      insertSector(
          plan.id(),
          ordinal++,
          null,
          sector.code(),
          sector.nameZh(),
          sector.nameEn(),
          sector.group().word(),
          sector.section(),
          sector.industryCodes());
      for (Sector.SubDirection sub : sector.subDirections()) {
        insertSector(
            plan.id(),
            ordinal++,
            sector.code(),
            sub.code(),
            sub.nameZh(),
            sub.nameEn(),
            null,
            sub.section(),
            sub.industryCodes());
      }
    }
    ordinal = 0;
    for (Region region : plan.regions()) {
      jdbc.sql(
              """
          INSERT INTO plan_region (plan_id, code, ordinal, name_zh, name_en, level, parent_code)
          VALUES (:planId, :code, :ordinal, :nameZh, :nameEn, :level, :parent)""")
          .param("planId", plan.id())
          .param("code", region.code().value())
          .param("ordinal", ordinal++)
          .param("nameZh", region.nameZh())
          .param("nameEn", region.nameEn())
          .param("level", region.level().word())
          .param("parent", region.parent() == null ? null : region.parent().value())
          .update();
    }
    ordinal = 0;
    for (Place place : plan.places()) {
      jdbc.sql(
              """
          INSERT INTO plan_place (plan_id, code, ordinal, kind, parent_code, name_zh, name_en, section, region_codes,
                                  sector_codes, stages, level, scale_zh, scale_value, source_text)
          VALUES (:planId, :code, :ordinal, :kindWord, :parent, :nameZh, :nameEn, :section, :regionCodes,
                  :sectorCodes, :stageList, :level, :scaleZh, :scaleValue, :sourceText)""")
          .paramSource(
              fields(place)
                  .addValue("planId", plan.id())
                  .addValue("ordinal", ordinal++)
                  .addValue("kindWord", place.kind().word())
                  .addValue("regionCodes", array(place.regions()))
                  .addValue("sectorCodes", array(place.sectors()))
                  .addValue("stageList", array(place.stages())))
          .update();
    }
    ordinal = 0;
    for (ResponsibleUnit unit : plan.units()) {
      jdbc.sql(
              """
          INSERT INTO plan_unit (plan_id, code, ordinal, name_zh, name_en, kind, region_code)
          VALUES (:planId, :code, :ordinal, :nameZh, :nameEn, :kindWord, :regionCode)""")
          .paramSource(
              fields(unit)
                  .addValue("planId", plan.id())
                  .addValue("ordinal", ordinal++)
                  .addValue("kindWord", unit.kind().word()))
          .update();
    }
    ordinal = 0;
    for (PlanTask task : plan.tasks()) {
      jdbc.sql(
              """
          INSERT INTO plan_task (plan_id, code, ordinal, section, title_zh, title_en, source_text, sector_codes,
                                 region_codes, place_codes, target_codes, lead_unit, co_units, units_basis)
          VALUES (:planId, :code, :ordinal, :section, :titleZh, :titleEn, :sourceText, :sectorCodes,
                  :regionCodes, :placeCodes, :targetCodes, :leadUnit, :coUnitCodes, :unitsBasis)""")
          .paramSource(
              fields(task)
                  .addValue("planId", plan.id())
                  .addValue("ordinal", ordinal++)
                  .addValue("sectorCodes", array(task.sectors()))
                  .addValue("regionCodes", array(task.regions()))
                  .addValue("placeCodes", array(task.places()))
                  .addValue("targetCodes", array(task.targets()))
                  .addValue("coUnitCodes", array(task.coUnits())))
          .update();
    }
  }

  private void insertSector(
      String planId,
      int ordinal,
      String parent,
      String code,
      String nameZh,
      String nameEn,
      String group,
      String section,
      List<IndustryCode> industryCodes) {
    jdbc.sql(
            """
        INSERT INTO plan_sector (plan_id, code, ordinal, parent_code, name_zh, name_en, sector_group, section,
                                 industry_codes)
        VALUES (:planId, :code, :ordinal, :parent, :nameZh, :nameEn, :group, :section, :industryCodes)""")
        .param("planId", planId)
        .param("code", code)
        .param("ordinal", ordinal)
        .param("parent", parent)
        .param("nameZh", nameZh)
        .param("nameEn", nameEn)
        .param("group", group)
        .param("section", section)
        .param("industryCodes", array(industryCodes.stream().map(IndustryCode::value).toList()))
        .update();
  }

  private void corrections(String planId, String subject, List<Correction> corrections) {
    int ordinal = 0;
    for (Correction correction : corrections) {
      jdbc.sql(
              """
          INSERT INTO plan_correction (plan_id, subject, ordinal, field, printed, corrected, reason_zh, reason_en)
          VALUES (:planId, :subject, :ordinal, :field, :printed, :corrected, :reasonZh, :reasonEn)""")
          .paramSource(
              fields(correction)
                  .addValue("planId", planId)
                  .addValue("subject", subject)
                  .addValue("ordinal", ordinal++))
          .update();
    }
  }

  /** The record's components as named parameters, to which a statement adds its own. */
  private static MapSqlParameterSource fields(Record record) {
    MapSqlParameterSource source = new MapSqlParameterSource();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        source.addValue(component.getName(), component.getAccessor().invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return source;
  }

  private static String[] array(List<String> values) {
    return values.toArray(String[]::new);
  }
}
