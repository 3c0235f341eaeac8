package dev.longyuan.trace.web;

import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.internal.CaptureService;
import dev.longyuan.trace.internal.ErrorBehaviour;
import dev.longyuan.trace.persistence.CaptureJobRepository;
import dev.longyuan.trace.persistence.CaptureJobRepository.CaptureJobRow;
import java.net.URI;
import java.security.Principal;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EPCIS 2.0 capture interface: {@code POST /epcis/capture} takes a document in JSON-LD or XML
 * and answers 202 with its capture job's location; the job says whether it ran and what failed.
 */
@RestController
class CaptureController {

  private final CaptureService capture;
  private final CaptureJobRepository jobs;

  CaptureController(CaptureService capture, CaptureJobRepository jobs) {
    this.capture = capture;
    this.jobs = jobs;
  }

  @RequestMapping(path = "/epcis/capture", method = RequestMethod.OPTIONS)
  ResponseEntity<Void> discover() {
    return ResponseEntity.noContent()
        .header(HttpHeaders.ALLOW, "OPTIONS, POST")
        .header("GS1-EPCIS-Capture-Limit", String.valueOf(CaptureService.CAPTURE_LIMIT))
        .header("GS1-EPCIS-Capture-File-Size-Limit", String.valueOf(CaptureService.FILE_SIZE_LIMIT))
        .header("GS1-Capture-Error-Behaviour", "rollback, proceed")
        .header("GS1-EPCIS-Min", EpcisHeaders.EPCIS_VERSION)
        .header("GS1-EPCIS-Max", EpcisHeaders.EPCIS_VERSION)
        .header("GS1-CBV-Min", EpcisHeaders.CBV_VERSION)
        .header("GS1-CBV-Max", EpcisHeaders.CBV_VERSION)
        .build();
  }

  @PostMapping("/epcis/capture")
  ResponseEntity<Void> capture(
      @RequestBody(required = false) byte @Nullable [] body,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String type,
      @RequestHeader(value = "GS1-Capture-Error-Behaviour", required = false)
          @Nullable String behaviour,
      Principal user) {
    ErrorBehaviour onError = ErrorBehaviour.of(behaviour);
    boolean xml = isXml(type);
    if (body == null || body.length == 0) {
      throw new EpcisRefused("epcis.capture.empty", "没有提交文件", "no document was sent");
    }
    UUID job = capture.capture(capture.check(body, xml), onError, user.getName());
    return ResponseEntity.accepted().location(URI.create("/epcis/capture/" + job)).build();
  }

  @GetMapping(path = "/epcis/capture/{captureID}", produces = "application/json")
  ResponseEntity<String> job(@PathVariable String captureID) {
    CaptureJobRow job;
    try {
      job = jobs.find(UUID.fromString(captureID)).orElse(null);
    } catch (IllegalArgumentException notAnId) {
      job = null;
    }
    if (job == null) {
      throw new EpcisRefused(
          "epcis.capture.unknown", "没有采集任务 " + captureID, "there is no capture job " + captureID);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("captureID", job.id().toString());
    body.put("createdAt", job.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
    if (job.finishedAt() != null) {
      body.put("finishedAt", job.finishedAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
    }
    body.put("running", job.running());
    body.put("success", job.success());
    body.put("captureErrorBehaviour", job.errorBehaviour());
    body.put("eventCount", job.eventCount());
    body.put("capturedEvents", job.captured());
    body.put("duplicateEvents", job.duplicates());
    body.put("errors", JsonMapper.shared().readTree(job.errors()));
    return ResponseEntity.ok(JsonMapper.shared().writeValueAsString(body));
  }

  private static boolean isXml(@Nullable String type) {
    if (type == null) {
      throw unsupported("(none)");
    }
    String media = type.toLowerCase(java.util.Locale.ROOT);
    if (media.contains("xml")) {
      return true;
    }
    if (media.contains("json")) {
      return false;
    }
    throw unsupported(type);
  }

  private static EpcisRefused unsupported(String type) {
    return new EpcisRefused(
        "epcis.media-type",
        "只接收 application/json、application/ld+json 或 application/xml，而不是 " + type,
        "a document is application/json, application/ld+json or application/xml, not " + type);
  }
}
