package dev.longyuan.bench;

import dev.longyuan.market.Demand;
import dev.longyuan.market.Match;
import dev.longyuan.market.Supply;
import dev.longyuan.market.internal.Categories;
import dev.longyuan.market.internal.Places;
import dev.longyuan.market.internal.Ranking;
import dev.longyuan.market.internal.SupplyIndex;
import dev.longyuan.market.internal.SupplyMatcher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.postgresql.PGConnection;

/**
 * Supply-demand matching at scale: N synthetic supply listings (default 1,000,000) over every
 * manufacturing class of GB/T 4754-2017, indexed on disk as the platform indexes them; then Q
 * demands (default 1,000) matched as the platform matches them (filters, text, ranking), their
 * latency at p50 and p99; against the same filtered text query run by the embedded PostgreSQL over
 * the same rows (category division, unit, capacity and date filters with a B-tree index, the
 * demand's smartcn words matched with LIKE under a pg_trgm GIN index, ranked by words matched),
 * in the same run. Run with bench/run-market-benchmark.sh [SUPPLIES] [QUERIES] [CLASSES_CSV]; the
 * product names come from the classes of GB/T 4754-2017 in the reference table beside the project
 * (../shared/data/reference/gbt4754-2017.csv, GPL-3.0, read here and not copied into the project).
 */
public final class MarketBenchmark {

  static final LocalDate POSTED = LocalDate.parse("2026-01-01");
  static final String[] UNITS = {"吨", "台", "件", "米", "套", "千克"};
  static final String[] MODIFIERS = {
    "高强", "耐腐蚀", "节能型", "优质", "工业级", "国标", "环保型", "高纯", "加厚", "出口级", "低碳", "精密"
  };
  static final String[] PLACES = {"兰州", "天水", "酒泉市", "金昌", "白银", "武威", "张掖", "平凉", "庆阳", "定西"};
  static final String[] COUNTIES = {
    "620102", "620103", "620104", "620121", "620302", "620402", "620502", "620602", "620702",
    "620802", "620902", "621002", "621102", "621202", "622901", "623001"
  };

  record Kind(String code, String stem, String unit) {}

  public static void main(String[] args) throws Exception {
    int supplies = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    List<Kind> kinds =
        kinds(Path.of(args.length > 2 ? args[2] : "../shared/data/reference/gbt4754-2017.csv"));
    System.out.printf(
        "%d supply listings over %d GB/T 4754 manufacturing classes, %d demands, %d processors%n",
        supplies, kinds.size(), queries, Runtime.getRuntime().availableProcessors());
    Path dir = Files.createTempDirectory("market-bench");
    try {
      // the index, built as a start of the platform rebuilds it
      SupplyIndex index = SupplyIndex.open(dir.resolve("index"));
      long start = System.nanoTime();
      index.rebuild(
          each -> {
            SplittableRandom random = new SplittableRandom(2026);
            for (int i = 1; i <= supplies; i++) {
              each.accept(supply(i, kinds, random));
            }
          },
          1);
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      long bytes;
      try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
        bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf(
          "index build: %.1f s (%.0f listings/s), %.0f MB on disk%n",
          buildSeconds, supplies / buildSeconds, bytes / 1e6);

      List<Demand> demands = new ArrayList<>();
      SplittableRandom random = new SplittableRandom(7);
      for (int q = 0; q < queries; q++) {
        demands.add(demand(q, kinds, random));
      }
      Ranking ranking = new Ranking(Places.gansu());
      // warm-up, then the measured run
      for (int round = 0; round < 2; round++) {
        long[] nanos = new long[demands.size()];
        long found = 0;
        for (int q = 0; q < demands.size(); q++) {
          Demand d = demands.get(q);
          long t = System.nanoTime();
          List<SupplyIndex.Candidate> candidates =
              index.candidates(
                  new SupplyIndex.Ask(
                      d.title() + " " + d.specification(),
                      Categories.filterPrefix(d.categoryCode()),
                      d.unit(),
                      Ranking.leastMonthlyCapacity(d),
                      d.deliverBy()),
                  SupplyMatcher.CANDIDATES);
          List<Match> matches = ranking.rank(d, candidates, Map.of(), code -> false, 20);
          nanos[q] = System.nanoTime() - t;
          found += matches.size();
        }
        if (round == 1) {
          report("Lucene (filters, text, ranking)", nanos, found, demands.size());
          luceneNanos = nanos;
        }
      }
      index.close();

      // the same rows and the same filtered text query on the embedded PostgreSQL
      try (EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir.resolve("pg"))
              .setCleanDataDirectory(true)
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8")
              .start()) {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
          Statement s = c.createStatement();
          s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
          s.execute(
              "CREATE TABLE supply (id bigint PRIMARY KEY, division text, category text, unit text,"
                  + " capacity double precision, available_from date, region text, text text)");
          long load = System.nanoTime();
          copy(c, supplies, kinds);
          s.execute("CREATE INDEX supply_filter ON supply (division, unit, capacity)");
          s.execute("CREATE INDEX supply_text ON supply USING gin (text gin_trgm_ops)");
          s.execute("VACUUM ANALYZE supply");
          System.out.printf(
              "PostgreSQL load (COPY, B-tree and trigram indexes): %.1f s; trigrams of 水泥: %s%n",
              (System.nanoTime() - load) / 1e9, trigrams(c, "水泥"));
          // its queries take seconds at this size: a short warm-up, then the first PG_QUERIES
          // demands, compared with Lucene's latencies for the same demands
          int measured = Math.min(PG_QUERIES, demands.size());
          for (int q = demands.size() - 1; q >= demands.size() - Math.min(10, measured); q--) {
            pgQuery(c, demands.get(q));
          }
          long[] nanos = new long[measured];
          long found = 0;
          for (int q = 0; q < measured; q++) {
            Demand d = demands.get(q);
            long t = System.nanoTime();
            found += pgQuery(c, d);
            nanos[q] = System.nanoTime() - t;
          }
          long[] sameDemands = Arrays.copyOf(luceneNanos, measured);
          report("PostgreSQL (same filters, LIKE on the words, pg_trgm), first " + measured + " demands", nanos, found, measured);
          report("Lucene, the same " + measured + " demands", sameDemands, 20L * measured, measured);
          System.out.printf(
              "ratio PostgreSQL / Lucene on the same demands: p50 %.1f×, p99 %.1f×%n",
              percentile(nanos, 50) / percentile(sameDemands, 50),
              percentile(nanos, 99) / percentile(sameDemands, 99));
        }
      }
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }
  }

  /** How many demands PostgreSQL answers in the reference run. */
  static final int PG_QUERIES = 100;

  static long[] luceneNanos = new long[0];

  static List<Kind> kinds(Path classes) throws Exception {
    List<Kind> kinds = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(classes, StandardCharsets.UTF_8)) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(",");
        // the classes of manufacturing: divisions 13 to 43
        if (f[2].equals("class") && f[0].compareTo("13") >= 0 && f[0].compareTo("44") < 0) {
          String stem = f[1].replaceAll("(制造|加工|冶炼|生产)$", "").replace("及", "");
          kinds.add(new Kind("C" + f[0], stem, UNITS[Math.floorMod(f[0].hashCode(), UNITS.length)]));
        }
      }
    }
    return kinds;
  }

  static String spec(SplittableRandom random) {
    return (char) ('A' + random.nextInt(20)) + "" + (100 + random.nextInt(900)) + (random.nextBoolean() ? "B" : "E");
  }

  static Supply supply(long id, List<Kind> kinds, SplittableRandom random) {
    Kind k = kinds.get(random.nextInt(kinds.size()));
    String product = MODIFIERS[random.nextInt(MODIFIERS.length)] + k.stem();
    String specification = spec(random) + " " + PLACES[random.nextInt(PLACES.length)] + "产";
    double capacity = Math.round(Math.pow(10, 1 + random.nextDouble() * 4));
    return new Supply(
        id,
        "E" + (id % 50_000),
        "E" + (id % 50_000),
        product,
        specification,
        k.code(),
        BigDecimal.valueOf(capacity),
        k.unit(),
        COUNTIES[random.nextInt(COUNTIES.length)],
        null,
        null,
        "",
        POSTED.plusDays(random.nextInt(180)));
  }

  static Demand demand(long id, List<Kind> kinds, SplittableRandom random) {
    Kind k = kinds.get(random.nextInt(kinds.size()));
    String region = COUNTIES[random.nextInt(COUNTIES.length)];
    return new Demand(
        id,
        "采购" + MODIFIERS[random.nextInt(MODIFIERS.length)] + k.stem(),
        spec(random) + " " + PLACES[random.nextInt(PLACES.length)],
        k.code(),
        BigDecimal.valueOf(10 + random.nextInt(5000)),
        k.unit(),
        region,
        "",
        POSTED,
        POSTED.plusDays(30 + random.nextInt(335)),
        null,
        "",
        null,
        null,
        region,
        "bench");
  }

  static void copy(Connection c, int supplies, List<Kind> kinds) throws Exception {
    SplittableRandom random = new SplittableRandom(2026);
    int batch = 100_000;
    for (int from = 1; from <= supplies; from += batch) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
        for (int i = from; i < from + batch && i <= supplies; i++) {
          Supply s = supply(i, kinds, random);
          out.write(
              s.id() + "\t" + Categories.filterPrefix(s.categoryCode()) + "\t" + s.categoryCode() + "\t"
                  + s.unit() + "\t" + s.monthlyCapacity().toPlainString() + "\t" + s.availableFrom()
                  + "\t" + s.regionCode() + "\t" + s.product() + " " + s.specification() + "\n");
        }
      }
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("COPY supply FROM STDIN", new ByteArrayInputStream(bytes.toByteArray()));
    }
  }

  static String trigrams(Connection c, String text) throws Exception {
    try (PreparedStatement p = c.prepareStatement("SELECT show_trgm(?)")) {
      p.setString(1, text);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  static final SmartChineseAnalyzer WORDS = new SmartChineseAnalyzer();

  static List<String> words(String text) throws Exception {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = WORDS.tokenStream("words", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (!words.contains(term.toString())) {
          words.add(term.toString());
        }
      }
      tokens.end();
    }
    return words;
  }

  /** The filtered text query on PostgreSQL: how many rows it answered (at most 500). */
  static int pgQuery(Connection c, Demand d) throws Exception {
    List<String> words = words(d.title() + " " + d.specification());
    String hits = String.join(" + ", words.stream().map(w -> "(text LIKE ?)::int").toList());
    String any = String.join(" OR ", words.stream().map(w -> "text LIKE ?").toList());
    double least =
        d.quantity().doubleValue()
            / Math.max(Ranking.months(d.postedOn(), d.deliverBy()), 1e-9);
    String sql =
        "SELECT id, " + hits + " AS hits FROM supply WHERE division = ? AND unit = ?"
            + " AND capacity >= ? AND available_from < ? AND (" + any + ")"
            + " ORDER BY hits DESC, id LIMIT 500";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      for (String w : words) {
        p.setString(i++, "%" + w + "%");
      }
      p.setString(i++, Categories.filterPrefix(d.categoryCode()));
      p.setString(i++, d.unit());
      p.setDouble(i++, least);
      p.setObject(i++, d.deliverBy());
      for (String w : words) {
        p.setString(i++, "%" + w + "%");
      }
      int n = 0;
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          n++;
        }
      }
      return n;
    }
  }

  static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  static void report(String what, long[] nanos, long found, int queries) {
    System.out.printf(
        "%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f results per demand%n",
        what,
        percentile(nanos, 50),
        percentile(nanos, 99),
        Arrays.stream(nanos).max().orElse(0) / 1e6,
        found / (double) queries);
  }
}
