package dev.longyuan.reporting.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A file larger than the upload limit, or a post that is not a file upload at all, is refused with
 * a reason, in the import's error shape.
 */
@RestControllerAdvice
class UploadLimitAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(
            Map.of(
                "errors",
                List.of(
                    Map.of(
                        "row", 0,
                        "column", "",
                        "code", "file.too_large",
                        "messageZh", "文件超过 256 MB 的上传上限，请拆分后分批导入",
                        "messageEn",
                            "the file exceeds the 256 MB upload limit: split it and import the parts"))));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> notAnUpload(MultipartException e) {
    return ResponseEntity.badRequest()
        .body(
            Map.of(
                "errors",
                List.of(
                    Map.of(
                        "row", 0,
                        "column", "",
                        "code", "file.not_multipart",
                        "messageZh", "请以 multipart/form-data 上传文件（字段名 file）",
                        "messageEn",
                            "send the file as multipart/form-data, in the field \"file\""))));
  }
}
