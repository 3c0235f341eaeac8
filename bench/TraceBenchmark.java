package dev.longyuan.bench;

import dev.longyuan.LongyuanApplication;
import dev.longyuan.trace.internal.CaptureService;
import dev.longyuan.trace.internal.EpcisDocument;
import dev.longyuan.trace.internal.ErrorBehaviour;
import dev.longyuan.trace.internal.EventHasher;
import dev.longyuan.trace.internal.QueryService;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The EPCIS repository's speed, each figure beside a reference on the same embedded PostgreSQL in
 * the same run: (a) capture of documents of 1,000 events — parsing, schema check, event hash,
 * storage with the query columns and identifiers — against COPY of the same rows into bare tables;
 * (b) the simple event query on 1,000,000 stored events (p50 and p99 of three kinds of query, the
 * EPCISQueryDocument included) against the same SQL written by hand. Run with
 * bench/run-trace-benchmark.sh.
 */
public final class TraceBenchmark {

  static final String[] STEPS = {"commissioning", "shipping", "receiving", "storing", "retail_selling"};
  static final int READ_POINTS = 200;
  static final JsonMapper JSON = JsonMapper.shared();

  public static void main(String[] args) throws Exception {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int stored = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path home = Files.createTempDirectory("longyuan-trace-bench");
    // the instance guard reads the home before Spring does
    System.setProperty("longyuan.home", home.toString());
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LongyuanApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "longyuan.shipped-data.enabled=false",
                "logging.level.root=WARN",
                "longyuan.home=" + home)
            .run()) {
      DataSource dataSource = context.getBean(DataSource.class);
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      capture(context.getBean(CaptureService.class), dataSource, jdbc, documents);
      query(context.getBean(QueryService.class), dataSource, jdbc, stored, queries);
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(home);
    }
  }

  // ---- (a) capture

  static void capture(CaptureService capture, DataSource dataSource, JdbcTemplate jdbc, int documents)
      throws Exception {
    jdbc.execute(
        "CREATE TABLE bench_event (event_hash text, event_id text, event_type text, event_time timestamptz,"
            + " event_time_zone_offset text, action text, biz_step text, disposition text, read_point text,"
            + " biz_location text, body jsonb, namespaces jsonb)");
    jdbc.execute("CREATE TABLE bench_event_epc (event_hash text, role text, epc text)");
    double captureSeconds = 0;
    double checkSeconds = 0;
    double copySeconds = 0;
    int events = 0;
    for (int d = 0; d < documents; d++) {
      ObjectNode document = document(d, 1_000);
      byte[] body = JSON.writeValueAsBytes(document);
      long start = System.nanoTime();
      CaptureService.Checked checked = capture.check(body, false);
      long checkedAt = System.nanoTime();
      UUID job = capture.capture(checked, ErrorBehaviour.ROLLBACK, "bench");
      long end = System.nanoTime();
      captureSeconds += (end - start) / 1e9;
      checkSeconds += (checkedAt - start) / 1e9;
      Integer captured =
          jdbc.queryForObject("SELECT captured FROM trace_capture_job WHERE id = ?", Integer.class, job);
      if (captured == null || captured != 1_000) {
        throw new IllegalStateException("document " + d + " stored " + captured + " events");
      }
      events += captured;
      // the reference: the same rows, already computed, copied into tables with no key or index
      EpcisDocument parsed = EpcisDocument.fromJson(document);
      StringWriter eventRows = new StringWriter();
      StringWriter epcRows = new StringWriter();
      for (ObjectNode event : parsed.events()) {
        String hash = EventHasher.hash(event, parsed.namespaces()).hash();
        eventRows.write(
            String.join(
                    "\t",
                    hash,
                    hash,
                    "ObjectEvent",
                    event.path("eventTime").asString(),
                    "+08:00",
                    "OBSERVE",
                    event.path("bizStep").asString(),
                    "\\N",
                    event.path("readPoint").path("id").asString(),
                    "\\N",
                    escape(event.toString()),
                    "{}")
                + "\n");
        for (var epc : event.path("epcList")) {
          epcRows.write(hash + "\tepc\t" + CaptureService.epc(epc.asString()) + "\n");
        }
      }
      long copyStart = System.nanoTime();
      copy(dataSource, "COPY bench_event FROM STDIN", eventRows.toString());
      copy(dataSource, "COPY bench_event_epc FROM STDIN", epcRows.toString());
      copySeconds += (System.nanoTime() - copyStart) / 1e9;
    }
    System.out.printf(
        "capture: %d documents of 1,000 events: %.2f s (reading and schema check %.2f s), %.0f events/s;"
            + " COPY of the same rows %.2f s, %.0f events/s; capture/COPY speed %.3f%n",
        documents, captureSeconds, checkSeconds, events / captureSeconds, copySeconds,
        events / copySeconds, copySeconds / captureSeconds);
  }

  /** A document of ObjectEvents, each of two sGTINs, at one of the read points, in one year. */
  static ObjectNode document(int number, int size) {
    ObjectNode document = JSON.createObjectNode();
    document.putArray("@context").add(EpcisDocument.CONTEXT_URL);
    document.put("type", "EPCISDocument");
    document.put("schemaVersion", "2.0");
    document.put("creationDate", "2026-01-01T00:00:00+08:00");
    ArrayNode list = document.putObject("epcisBody").putArray("eventList");
    Random random = new Random(number);
    for (int i = 0; i < size; i++) {
      long serial = (long) number * size + i;
      ObjectNode event = list.addObject();
      event.put("type", "ObjectEvent");
      event.put("eventTime", stamp(time(random)));
      event.put("eventTimeZoneOffset", "+08:00");
      event.putArray("epcList")
          .add("urn:epc:id:sgtin:6979999.012345." + serial)
          .add("urn:epc:id:sgtin:6979999.012345." + serial + "b");
      event.put("action", "OBSERVE");
      event.put("bizStep", STEPS[random.nextInt(STEPS.length)]);
      event.putObject("readPoint").put("id", readPoint(random.nextInt(READ_POINTS)));
    }
    return document;
  }

  static OffsetDateTime time(Random random) {
    return OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8))
        .plusSeconds(random.nextInt(365 * 24 * 3600));
  }

  /** A timestamp with its seconds, as the schema's date-time wants (toString drops ":00"). */
  static String stamp(OffsetDateTime time) {
    return time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
  }

  static String readPoint(int n) {
    return "urn:epc:id:sgln:6979999." + String.format("%05d", n) + ".0";
  }

  // ---- (b) query

  static void query(QueryService queries, DataSource dataSource, JdbcTemplate jdbc, int stored, int count)
      throws Exception {
    long existing = jdbc.queryForObject("SELECT count(*) FROM trace_event", Long.class);
    long loadStart = System.nanoTime();
    UUID job = UUID.randomUUID();
    jdbc.update(
        "INSERT INTO trace_capture_job (id, error_behaviour, running, success, event_count, created_by)"
            + " VALUES (?, 'rollback', false, true, ?, 'bench')",
        job, stored);
    long firstId = jdbc.queryForObject("SELECT coalesce(max(id), 0) + 1 FROM trace_event", Long.class);
    int batch = 100_000;
    for (int from = 0; from < stored - existing; from += batch) {
      StringWriter events = new StringWriter();
      StringWriter epcs = new StringWriter();
      int to = (int) Math.min(from + batch, stored - existing);
      for (int i = from; i < to; i++) {
        long id = firstId + i;
        ObjectNode document = document(1_000_000 + i / 1000, 1);
        ObjectNode event = (ObjectNode) document.path("epcisBody").path("eventList").get(0);
        event.putArray("epcList").add("urn:epc:id:sgtin:6979999.054321." + i);
        String hash = EventHasher.hash(event, EpcisDocument.STANDARD_NAMESPACES).hash();
        event.put("eventID", hash);
        events.write(
            String.join(
                    "\t",
                    Long.toString(id),
                    hash,
                    hash,
                    "ObjectEvent",
                    event.path("eventTime").asString(),
                    "+08:00",
                    "OBSERVE",
                    EventHasher.canonicalValue("bizStep", event.path("bizStep").asString()),
                    EventHasher.canonicalValue("id", event.path("readPoint").path("id").asString()),
                    job.toString(),
                    escape(event.toString()),
                    "{}")
                + "\n");
        epcs.write(id + "\tepc\t" + CaptureService.epc("urn:epc:id:sgtin:6979999.054321." + i) + "\n");
      }
      copy(
          dataSource,
          "COPY trace_event (id, event_hash, event_id, event_type, event_time, event_time_zone_offset,"
              + " action, biz_step, read_point, capture_job, body, namespaces) FROM STDIN",
          events.toString());
      copy(dataSource, "COPY trace_event_epc (event, role, epc) FROM STDIN", epcs.toString());
    }
    jdbc.execute("SELECT setval('trace_event_id_seq', (SELECT max(id) FROM trace_event))");
    jdbc.execute("ANALYZE trace_event");
    jdbc.execute("ANALYZE trace_event_epc");
    long total = jdbc.queryForObject("SELECT count(*) FROM trace_event", Long.class);
    System.out.printf("query: %d events stored (loaded in %.1f s)%n", total, (System.nanoTime() - loadStart) / 1e9);

    Random random = new Random(42);
    Map<String, Supplier<Map<String, String>>> kinds = new LinkedHashMap<>();
    kinds.put(
        "MATCH_epc (one sGTIN)",
        () ->
            Map.of(
                "MATCH_epc",
                "urn:epc:id:sgtin:6979999.054321."
                    + random.nextInt((int) Math.max(1, total - existing))));
    kinds.put(
        "EQ_bizStep + one day of eventTime",
        () -> {
          OffsetDateTime day = time(random).withHour(0).withMinute(0).withSecond(0);
          return Map.of(
              "EQ_bizStep", STEPS[random.nextInt(STEPS.length)],
              "GE_eventTime", stamp(day),
              "LT_eventTime", stamp(day.plusDays(1)),
              "perPage", "30");
        });
    kinds.put(
        "EQ_readPoint, first page of 30",
        () -> Map.of("EQ_readPoint", readPoint(random.nextInt(READ_POINTS)), "perPage", "30"));
    for (Map.Entry<String, Supplier<Map<String, String>>> kind : kinds.entrySet()) {
      List<Map<String, String>> parameters = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        parameters.add(kind.getValue().get());
      }
      // warm both paths up on the first tenth, then time every query
      double[] repository = new double[count];
      double[] handWritten = new double[count];
      for (int i = 0; i < count; i++) {
        Map<String, String> p = parameters.get(i);
        long start = System.nanoTime();
        QueryService.Page page = queries.query(p);
        String answer = queries.jsonDocument(page).toString();
        repository[i] = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        List<String> reference = handWritten(jdbc, p);
        handWritten[i] = (System.nanoTime() - start) / 1e6;
        if (answer.isEmpty() || page.events().size() != Math.min(reference.size(), 30)) {
          throw new IllegalStateException("the repository and the hand-written SQL disagree on " + p);
        }
      }
      double[] ours = Arrays.copyOfRange(repository, count / 10, count);
      double[] theirs = Arrays.copyOfRange(handWritten, count / 10, count);
      System.out.printf(
          "query %-36s repository p50 %.2f ms p99 %.2f ms; hand-written SQL p50 %.2f ms p99 %.2f ms;"
              + " p99 ratio %.2f%n",
          kind.getKey(), percentile(ours, 50), percentile(ours, 99), percentile(theirs, 50),
          percentile(theirs, 99), percentile(ours, 99) / percentile(theirs, 99));
    }
  }

  /** The same selection as the repository's, written by hand: the events' bodies, as text. */
  static List<String> handWritten(JdbcTemplate jdbc, Map<String, String> p) {
    if (p.containsKey("MATCH_epc")) {
      return jdbc.queryForList(
          "SELECT e.body::text FROM trace_event e JOIN trace_event_epc x ON x.event = e.id"
              + " WHERE x.epc = ? AND x.role IN ('epc', 'child') ORDER BY e.id LIMIT 31",
          String.class,
          CaptureService.epc(p.get("MATCH_epc")));
    }
    if (p.containsKey("EQ_bizStep")) {
      return jdbc.queryForList(
          "SELECT body::text FROM trace_event WHERE biz_step = ? AND event_time >= ?::timestamptz"
              + " AND event_time < ?::timestamptz ORDER BY id LIMIT 31",
          String.class,
          EventHasher.canonicalValue("bizStep", p.get("EQ_bizStep")),
          p.get("GE_eventTime"),
          p.get("LT_eventTime"));
    }
    return jdbc.queryForList(
        "SELECT body::text FROM trace_event WHERE read_point = ? ORDER BY id LIMIT 31",
        String.class,
        EventHasher.canonicalValue("id", p.get("EQ_readPoint")));
  }

  static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  static void copy(DataSource dataSource, String sql, String rows) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(sql, new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
