package dev.longyuan.market.internal;

import dev.longyuan.market.Supply;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The supplies as a Lucene index. Each listing's product and specification are indexed twice:
 * segmented into words by smartcn, and as overlapping CJK character pairs, so that a demand for 北京
 * still finds 北京市 (which smartcn keeps as one word). Category prefixes, unit, capacity and the
 * first day of delivery are indexed for the hard filters. The index records the market revision it
 * reflects, so that a start can tell whether it must be rebuilt.
 */
public final class SupplyIndex implements Closeable {

  static final String REVISION = "market.revision";
  // the layout of the fields: a change of it must change this, so that an older index is rebuilt
  private static final String LAYOUT_KEY = "market.layout";
  private static final String LAYOUT = "2";
  private static final String ID = "id";
  private static final String ENTERPRISE = "enterprise";
  private static final String CATEGORY = "category";
  private static final String CATEGORY_LEVEL = "categoryLevel";
  private static final String UNIT = "unit";
  private static final String REGION = "region";
  private static final String CAPACITY = "capacity";
  private static final String FROM = "from";
  private static final String WORDS = "words";
  private static final String BIGRAMS = "bigrams";
  // a demand's text beyond this adds little and could pass Lucene's limit of clauses
  private static final int MAX_TEXT = 300;

  /** Text for BM25: terms and their frequencies, no positions, as no query here uses phrases. */
  private static final FieldType TEXT = new FieldType();

  static {
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TEXT.setTokenized(true);
    TEXT.freeze();
  }

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private long revision;

  private SupplyIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.analyzer =
        new PerFieldAnalyzerWrapper(
            new SmartChineseAnalyzer(),
            Map.of(BIGRAMS, new CJKAnalyzer(), WORDS, new SmartChineseAnalyzer()));
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    // an index written in another layout of its fields is started afresh, and so rebuilt
    boolean sameLayout = LAYOUT.equals(committed(directory).get(LAYOUT_KEY));
    config.setOpenMode(
        sameLayout
            ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
            : IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(128);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.revision = sameLayout ? storedRevision() : -1;
  }

  /** The index kept in a directory on disk, created there when missing. */
  public static SupplyIndex open(Path path) {
    try {
      return new SupplyIndex(FSDirectory.open(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An index in memory (tests and the benchmark). */
  public static SupplyIndex inMemory() {
    try {
      return new SupplyIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the last commit of an index recorded, or nothing for no index. */
  private static Map<String, String> committed(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    List<IndexCommit> commits = DirectoryReader.listCommits(directory);
    return commits.get(commits.size() - 1).getUserData();
  }

  private long storedRevision() throws IOException {
    String stored = committed(directory).get(REVISION);
    return stored == null ? -1 : Long.parseLong(stored);
  }

  /** The market revision the index reflects (-1 for none). */
  public synchronized long revision() {
    return revision;
  }

  /** How many listings the index holds. */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  /** Replaces everything with the supplies a source hands over one by one, at a revision. */
  public synchronized void rebuild(Consumer<Consumer<Supply>> source, long atRevision) {
    try {
      writer.deleteAll();
      source.accept(
          supply -> {
            try {
              writer.addDocument(document(supply));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      // one segment, and no merge left running behind the first searches
      writer.forceMerge(1);
      commit(atRevision);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds listings written at a revision; the index keeps the highest revision it has seen. */
  public synchronized void add(List<Supply> supplies, long atRevision) {
    try {
      for (Supply supply : supplies) {
        writer.addDocument(document(supply));
      }
      commit(Math.max(revision, atRevision));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void commit(long atRevision) throws IOException {
    writer.setLiveCommitData(
        Map.of(REVISION, Long.toString(atRevision), LAYOUT_KEY, LAYOUT).entrySet());
    writer.commit();
    revision = atRevision;
    searchers.maybeRefreshBlocking();
  }

  private static Document document(Supply s) {
    Document doc = new Document();
    // what ranking reads of a candidate is kept as doc values, far quicker to read than stored
    // fields for the hundreds of candidates of every demand
    doc.add(new NumericDocValuesField(ID, s.id()));
    doc.add(new SortedDocValuesField(ENTERPRISE, new BytesRef(s.enterpriseCode())));
    doc.add(new SortedDocValuesField(CATEGORY, new BytesRef(s.categoryCode())));
    for (String level : Categories.levels(s.categoryCode())) {
      doc.add(new StringField(CATEGORY_LEVEL, level, Field.Store.NO));
    }
    doc.add(new StringField(UNIT, s.unit(), Field.Store.NO));
    doc.add(new SortedDocValuesField(REGION, new BytesRef(s.regionCode())));
    double capacity = s.monthlyCapacity().doubleValue();
    doc.add(new DoublePoint(CAPACITY, capacity));
    doc.add(new DoubleDocValuesField(CAPACITY, capacity));
    long from = s.availableFrom().toEpochDay();
    doc.add(new LongPoint(FROM, from));
    doc.add(new NumericDocValuesField(FROM, from));
    String text = s.product() + " " + s.specification();
    doc.add(new Field(WORDS, text, TEXT));
    doc.add(new Field(BIGRAMS, text, TEXT));
    return doc;
  }

  /**
   * What a demand asks of the index: its text, the category prefix every supply must start with,
   * its unit, the least monthly capacity that could deliver the quantity in time (from the day
   * posted) and the day it must be delivered by.
   */
  public record Ask(
      String text,
      String categoryPrefix,
      String unit,
      double leastMonthlyCapacity,
      LocalDate deliverBy) {}

  /**
   * A listing that passed the index's filters, with its text score (BM25, 0 for no shared term).
   */
  public record Candidate(
      long supplyId,
      String enterpriseCode,
      String categoryCode,
      String regionCode,
      double monthlyCapacity,
      LocalDate availableFrom,
      double textScore) {}

  /**
   * The listings that pass the filters, best text match first (ties by index order, which a fixed
   * index keeps), at most {@code limit}.
   */
  public List<Candidate> candidates(Ask ask, int limit) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        ScoreDoc[] hits = searcher.search(query(ask), limit).scoreDocs;
        // doc values are read forwards: in document order, then back into the order of the hits
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
          byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        Candidate[] found = new Candidate[hits.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        Values values = null;
        for (int i : byDoc) {
          int doc = hits[i].doc;
          if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
            leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            values = new Values(leaf.reader());
          }
          found[i] = values.candidate(doc - leaf.docBase, hits[i].score);
        }
        return Arrays.asList(found);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The doc values of one segment, read in increasing document order. */
  private static final class Values {

    private final NumericDocValues id;
    private final SortedDocValues enterprise;
    private final SortedDocValues category;
    private final SortedDocValues region;
    private final NumericDocValues capacity;
    private final NumericDocValues from;

    Values(LeafReader reader) throws IOException {
      id = DocValues.getNumeric(reader, ID);
      enterprise = DocValues.getSorted(reader, ENTERPRISE);
      category = DocValues.getSorted(reader, CATEGORY);
      region = DocValues.getSorted(reader, REGION);
      capacity = DocValues.getNumeric(reader, CAPACITY);
      from = DocValues.getNumeric(reader, FROM);
    }

    Candidate candidate(int doc, float score) throws IOException {
      id.advanceExact(doc);
      enterprise.advanceExact(doc);
      category.advanceExact(doc);
      region.advanceExact(doc);
      capacity.advanceExact(doc);
      from.advanceExact(doc);
      return new Candidate(
          id.longValue(),
          enterprise.lookupOrd(enterprise.ordValue()).utf8ToString(),
          category.lookupOrd(category.ordValue()).utf8ToString(),
          region.lookupOrd(region.ordValue()).utf8ToString(),
          Double.longBitsToDouble(capacity.longValue()),
          LocalDate.ofEpochDay(from.longValue()),
          score);
    }
  }

  private Query query(Ask ask) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(CATEGORY_LEVEL, ask.categoryPrefix())), Occur.FILTER);
    query.add(new TermQuery(new Term(UNIT, ask.unit())), Occur.FILTER);
    query.add(
        DoublePoint.newRangeQuery(CAPACITY, ask.leastMonthlyCapacity(), Double.POSITIVE_INFINITY),
        Occur.FILTER);
    query.add(
        LongPoint.newRangeQuery(FROM, Long.MIN_VALUE, ask.deliverBy().toEpochDay() - 1),
        Occur.FILTER);
    // text: optional, so that a listing in the right category with other words is still a candidate
    for (String field : List.of(WORDS, BIGRAMS)) {
      for (String term :
          terms(
              field,
              ask.text().length() > MAX_TEXT ? ask.text().substring(0, MAX_TEXT) : ask.text())) {
        query.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
      }
    }
    return query.build();
  }

  private Set<String> terms(String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  @Override
  public synchronized void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
