package dev.longyuan.projects.internal;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The empty projects workbook a person fills in, with the plan's codes to choose from. */
public final class ProjectTemplate {

  private ProjectTemplate() {}

  /** The template: the four sheets with their headers, and the plan's codes on a fifth. */
  public static byte[] of(Plan plan) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String name : ProjectWorkbook.SHEETS) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        int c = 0;
        for (String text : ProjectWorkbook.HEADERS.get(name).values()) {
          header.createCell(c).setCellValue(text);
          sheet.setColumnWidth(c++, 20 * 256);
        }
      }
      Sheet codes = workbook.createSheet(ProjectWorkbook.CODES);
      Row head = codes.createRow(0);
      head.createCell(0).setCellValue("类别");
      head.createCell(1).setCellValue("代码");
      head.createCell(2).setCellValue("名称");
      int r = 1;
      for (Region region : plan.regions()) {
        if (ProjectChecks.countyLevel(plan, region)) {
          r = codeRow(codes, r, "所在县区", region.code().value(), region.nameZh());
        }
      }
      for (Sector sector : plan.sectors()) {
        r = codeRow(codes, r, "规划行业", sector.code(), sector.nameZh());
      }
      for (PlaceKind kind :
          List.of(
              PlaceKind.INDUSTRY_CHAIN, PlaceKind.INDUSTRIAL_BASE, PlaceKind.DEVELOPMENT_ZONE)) {
        String label =
            kind == PlaceKind.INDUSTRY_CHAIN
                ? "产业链"
                : kind == PlaceKind.INDUSTRIAL_BASE ? "产业基地" : "开发区";
        for (Place place : plan.places(kind)) {
          r = codeRow(codes, r, label, place.code(), place.nameZh());
        }
      }
      for (String status : List.of("前期", "在建", "竣工", "停缓建")) {
        r = codeRow(codes, r, "状态", status, status);
      }
      codes.setColumnWidth(1, 40 * 256);
      codes.setColumnWidth(2, 60 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing a workbook in memory failed", e);
    }
  }

  private static int codeRow(Sheet sheet, int r, String kind, String code, String name) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(kind);
    row.createCell(1).setCellValue(code);
    row.createCell(2).setCellValue(name);
    return r + 1;
  }
}
