package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRow;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an Excel workbook (.xlsx, and .xls too): the long 数据 sheet and every form sheet, in sheet
 * order. Other sheets (instructions, lists) are passed over.
 */
final class WorkbookReader {

  private final LongSheetReader longSheets = new LongSheetReader();
  private final FormSheetReader formSheets = new FormSheetReader();

  void read(InputStream in, Consumer<ValueRow> rows, Consumer<FileProblem> problems) {
    Workbook workbook;
    try {
      InputStream checked = FileMagic.prepareToCheckMagic(in);
      FileMagic magic = FileMagic.valueOf(checked);
      if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
        problems.accept(ProblemKind.XLSX_NOT_A_WORKBOOK.whole());
        return;
      }
      workbook = WorkbookFactory.create(checked);
    } catch (EncryptedDocumentException e) {
      problems.accept(ProblemKind.XLSX_ENCRYPTED.whole());
      return;
    } catch (IOException | RuntimeException e) {
      // a ZIP or OLE2 file that POI cannot open as a workbook (a .docx, a damaged file, a zip bomb)
      problems.accept(ProblemKind.FILE_UNREADABLE.whole(String.valueOf(e.getMessage())));
      return;
    }
    try (workbook) {
      boolean recognised = false;
      for (Sheet sheet : workbook) {
        try {
          if (LongSheetReader.isLongSheet(sheet)) {
            recognised = true;
            longSheets.read(sheet, rows, problems);
            continue;
          }
          FormSheetReader.Table table = FormSheetReader.findTable(sheet);
          if (table != null) {
            recognised = true;
            formSheets.read(sheet, table, rows, problems);
          }
        } catch (RuntimeException e) {
          problems.accept(
              ProblemKind.FILE_UNREADABLE.at(
                  0, sheet.getSheetName(), null, String.valueOf(e.getMessage())));
        }
      }
      if (!recognised) {
        problems.accept(ProblemKind.XLSX_NO_DATA_SHEET.whole());
      }
    } catch (IOException e) {
      // closing a workbook read from a stream writes nothing; nothing to report
    }
  }
}
