package dev.longyuan.reporting.internal;

import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.ShippedDataLoaded;
import dev.longyuan.reporting.ShippedDataStatus;
import dev.longyuan.reporting.SyntheticData;
import dev.longyuan.reporting.persistence.ImportLog;
import dev.longyuan.reporting.persistence.PublishedFigureRepository;
import dev.longyuan.reporting.synthetic.SyntheticOptions;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped data once, in the background after the platform answers: the published official
 * figures, then the synthetic enterprise panel (模拟数据). Each step is its own transaction, and a step
 * already done is skipped, so an interrupted first start resumes where it stopped.
 */
@Component
public class ShippedDataLoader {

  private static final Logger log = LoggerFactory.getLogger(ShippedDataLoader.class);

  private final ReportingService reporting;
  private final SyntheticData synthetic;
  private final SyntheticOptions syntheticOptions;
  private final PublishedFigureRepository published;
  private final ImportLog importLog;
  private final boolean enabled;
  private final boolean sharedDatabase;
  private final boolean withSynthetic;
  private final ShippedDataProgress status;
  private final ApplicationEventPublisher events;

  ShippedDataLoader(
      ReportingService reporting,
      SyntheticData synthetic,
      PublishedFigureRepository published,
      ImportLog importLog,
      ShippedDataProgress status,
      ApplicationEventPublisher events,
      @Value("${longyuan.shipped-data.enabled:true}") boolean enabled,
      @Value("${longyuan.db.attach:false}") boolean sharedDatabase,
      @Value("${longyuan.shipped-data.synthetic:true}") boolean withSynthetic,
      @Value("${longyuan.shipped-data.enterprises:2000}") int enterprises,
      @Value("${longyuan.shipped-data.years:2015-2020}") String years) {
    this.reporting = reporting;
    this.synthetic = synthetic;
    this.syntheticOptions =
        SyntheticOptions.of(SyntheticOptions.demonstration().seed(), enterprises, years);
    this.published = published;
    this.importLog = importLog;
    this.status = status;
    this.events = events;
    this.enabled = enabled;
    this.sharedDatabase = sharedDatabase;
    this.withSynthetic = withSynthetic;
  }

  public ShippedDataStatus status() {
    return status.get();
  }

  @EventListener(ApplicationReadyEvent.class)
  void loadInBackground() {
    // a command sharing a running platform's database must not touch that platform's imports
    if (!sharedDatabase) {
      int interrupted = importLog.markInterrupted();
      if (interrupted > 0) {
        log.warn(
            "{} import(s) were interrupted by a stop; nothing of them was written", interrupted);
      }
    }
    if (!enabled) {
      return;
    }
    Thread loader = new Thread(this::load, "shipped-data");
    loader.setDaemon(true);
    loader.start();
  }

  /** Loads whatever of the shipped data is not loaded yet; safe to run again. */
  public void load() {
    try {
      loadPublishedFigures();
      if (withSynthetic) {
        loadSyntheticPanel();
      }
      status.set(ShippedDataStatus.idle());
      events.publishEvent(new ShippedDataLoaded(withSynthetic));
    } catch (Exception e) {
      log.error("Loading the shipped data failed", e);
      status.set(
          new ShippedDataStatus(
              false, "加载随附数据失败", "loading the shipped data failed", 0, 0, e.getMessage()));
    }
  }

  /**
   * Loads the published figures, and on a platform that loaded them before, those a later release
   * maps onto a data element for the first time.
   */
  void loadPublishedFigures() throws Exception {
    List<PublishedFigures.Figure> figures = PublishedFigures.read();
    Set<Integer> alreadyValues = published.mappedLines();
    List<PublishedFigures.Figure> newValues =
        figures.stream()
            .filter(f -> f.dataElement() != null && !alreadyValues.contains(f.line()))
            .toList();
    if (published.count() == figures.size() && newValues.isEmpty()) {
      return;
    }
    status.set(
        new ShippedDataStatus(
            true, "正在加载公开发布的官方数据", "loading published official figures", 0, 1, null));
    if (!newValues.isEmpty()) {
      ImportOutcome outcome =
          reporting.importRows(
              ImportRequest.official(PublishedFigures.RESOURCE, "-", "system"),
              newValues.stream().map(PublishedFigures.Figure::asRow).toList(),
              List.of());
      if (!outcome.accepted()) {
        throw new IllegalStateException("the published figures were refused: " + outcome.errors());
      }
      log.info("Loaded {} published figures as official province values", outcome.created());
    }
    published.saveAll(figures);
  }

  void loadSyntheticPanel() {
    if (synthetic.loaded(syntheticOptions)) {
      return;
    }
    int years = syntheticOptions.toYear() - syntheticOptions.fromYear() + 1;
    status.set(
        new ShippedDataStatus(
            true,
            "正在生成并加载模拟企业数据（模拟数据）",
            "generating and loading the synthetic enterprise panel",
            0,
            years,
            null));
    SyntheticData.Loaded loaded =
        synthetic.load(
            syntheticOptions,
            year ->
                status.set(
                    new ShippedDataStatus(
                        true,
                        "正在加载模拟企业数据：已完成 " + year + " 年",
                        "loading the synthetic enterprise panel: " + year + " done",
                        year - syntheticOptions.fromYear() + 1,
                        years,
                        null)));
    if (!loaded.errors().isEmpty()) {
      throw new IllegalStateException(
          "the synthetic panel was refused: "
              + loaded.errors().subList(0, Math.min(5, loaded.errors().size())));
    }
    log.info(
        "Loaded the synthetic panel: {} enterprises, {} values",
        loaded.enterprises(),
        loaded.values());
  }
}
