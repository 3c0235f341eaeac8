package dev.longyuan.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdplus.sa.base.api.ComponentType;
import jdplus.sa.base.api.SaVariable;
import jdplus.toolkit.base.api.arima.SarimaSpec;
import jdplus.toolkit.base.api.processing.ProcessingLog;
import jdplus.toolkit.base.api.timeseries.StaticTsDataSupplier;
import jdplus.toolkit.base.api.timeseries.TsData;
import jdplus.toolkit.base.api.timeseries.TsDomain;
import jdplus.toolkit.base.api.timeseries.TsPeriod;
import jdplus.toolkit.base.api.timeseries.regression.IUserVariable;
import jdplus.toolkit.base.api.timeseries.regression.ModellingContext;
import jdplus.toolkit.base.api.timeseries.regression.ModellingUtility;
import jdplus.toolkit.base.api.timeseries.regression.RegressionItem;
import jdplus.toolkit.base.api.timeseries.regression.TsContextVariable;
import jdplus.toolkit.base.api.timeseries.regression.TsDataSuppliers;
import jdplus.toolkit.base.api.timeseries.regression.Variable;
import jdplus.toolkit.base.core.regsarima.regular.RegSarimaModel;
import jdplus.x13.base.api.regarima.RegArimaSpec;
import jdplus.x13.base.api.x13.X13Spec;
import jdplus.x13.base.core.x13.X13Finals;
import jdplus.x13.base.core.x13.X13Kernel;
import jdplus.x13.base.core.x13.X13Results;
import org.jspecify.annotations.Nullable;

/**
 * One run of JDemetra+'s X-13 (RegARIMA, then X-11) on calendar months, with the Spring Festival
 * regressor, read out into plain arrays.
 *
 * <p>The specification is JDemetra+'s RSA3 (log or level chosen by test, additive outliers, level
 * shifts and temporary changes detected, ARIMA model chosen automatically) plus the Spring Festival
 * regressor. RSA5's Western working-day and Easter regressors are left out: Easter means nothing
 * here, the day-of-week count knows neither China's holidays nor its make-up Saturdays (调休), and
 * January's and February's own days cannot be seen in a 1–2月 value anyway.
 */
record X13Decomposition(
    boolean multiplicative,
    String arima,
    List<String> outliers,
    AdjustedSeries.@Nullable SpringFestivalEffect springFestival,
    double[] seasonallyAdjusted,
    double[] trend,
    double[] seasonal,
    double[] springFestivalEffect,
    double[] forecast,
    double[] forecastStandardError,
    double[] forecastSeasonallyAdjusted,
    double[] forecastTrend) {

  static final int HORIZON = 12;

  private static final String GROUP = "cn";
  private static final String NAME = "springfestival";

  static X13Decomposition of(CalendarMonths months) {
    YearMonth start = months.start();
    TsPeriod first = TsPeriod.monthly(start.getYear(), start.getMonthValue());
    int n = months.values().length;
    // the regressor covers the forecasts too, so that they carry the festival of the coming year
    double[] festival = new double[n + HORIZON];
    for (int i = 0; i < festival.length; i++) {
      festival[i] = SpringFestival.regressor(start.plusMonths(i));
    }
    ModellingContext context = new ModellingContext();
    X13Spec spec = X13Spec.RSA3;
    boolean estimable = varies(festival, n);
    if (estimable) {
      TsDataSuppliers variables = new TsDataSuppliers();
      variables.set(NAME, new StaticTsDataSupplier(TsData.ofInternal(first, festival)));
      context.getTsVariableManagers().set(GROUP, variables);
      // JDemetra+ 3.5.0's X-13 takes a user variable of component type Undefined out of the
      // series before X-11 and puts it in no component: the treatment of a calendar effect, which
      // the adjusted series must not contain. (CalendarEffect is not mapped there and would stay.)
      Variable<TsContextVariable> regressor =
          SaVariable.setComponentType(
              Variable.<TsContextVariable>builder()
                  .core(new TsContextVariable(GROUP + "." + NAME))
                  .name(NAME)
                  .build(),
              ComponentType.Undefined);
      RegArimaSpec regArima = spec.getRegArima();
      spec =
          spec.toBuilder()
              .regArima(
                  regArima.toBuilder()
                      .regression(
                          regArima.getRegression().toBuilder()
                              .userDefinedVariable(regressor)
                              .build())
                      .build())
              .build();
    }
    ProcessingLog log = ProcessingLog.dummy();
    X13Results results =
        X13Kernel.of(spec, context).process(TsData.ofInternal(first, months.values()), log);
    if (!results.isValid() || results.getPreprocessing() == null) {
      throw new AnalyticsRefused(
          "seasonal.failed",
          "X-13 未能调整该序列（例如数值几乎全部相同）",
          "X-13 could not adjust the series (for example, nearly all its values are the same)");
    }
    return read(results, n, estimable);
  }

  private static X13Decomposition read(X13Results results, int n, boolean estimable) {
    // getD16 is the seasonal factor with the seasonal outliers; the festival's effect is in none
    // of X-11's tables (see above) and is taken from the RegARIMA model instead
    RegSarimaModel model = results.getPreprocessing();
    X13Finals finals = results.getFinals();
    TsDomain observed = model.getDescription().getDomain();
    TsDomain ahead = model.forecastDomain(HORIZON);
    RegSarimaModel.Forecasts forecasts = model.forecasts(HORIZON);
    double[] effect = new double[n];
    AdjustedSeries.SpringFestivalEffect festival = null;
    if (estimable) {
      effect =
          values(
              model.backTransform(
                  model.deterministicEffect(observed, v -> ModellingUtility.isUser(v)), false),
              n);
      RegressionItem item = model.regressionItem(v -> v instanceof IUserVariable, 0);
      festival =
          item == null
              ? null
              : new AdjustedSeries.SpringFestivalEffect(
                  SpringFestival.DAYS_BEFORE,
                  SpringFestival.DAYS_AFTER,
                  item.getCoefficient(),
                  item.getStdError(),
                  item.getCoefficient() / item.getStdError(),
                  item.getPvalue());
    } else {
      // no festival effect in the model: a factor of 1, or nothing to add
      Arrays.fill(effect, model.getDescription().isLogTransformation() ? 1 : 0);
    }
    List<String> outliers = new ArrayList<>();
    for (Variable<?> variable : model.getDescription().getVariables()) {
      if (ModellingUtility.isOutlier(variable)) {
        outliers.add(variable.getCore().description(observed));
      }
    }
    return new X13Decomposition(
        model.getDescription().isLogTransformation(),
        arima(model.getDescription().getStochasticComponent()),
        outliers,
        festival,
        values(finals.getD11final(), n),
        values(finals.getD12final(), n),
        values(finals.getD16(), n),
        effect,
        values(forecasts.getForecasts(), HORIZON),
        values(forecasts.getForecastsStdev(), HORIZON),
        values(TsData.fitToDomain(finals.getD11a(), ahead), HORIZON),
        values(TsData.fitToDomain(finals.getD12a(), ahead), HORIZON));
  }

  /**
   * Whether the regressor differs between years in the observed months: when every year's window
   * falls the same way (all within 1–2月, say), it is a fixed seasonal pattern, which the seasonal
   * differencing removes, and leaves nothing to estimate.
   */
  private static boolean varies(double[] festival, int observed) {
    for (int i = 12; i < observed; i++) {
      if (Math.abs(festival[i] - festival[i - 12]) > 1e-12) {
        return true;
      }
    }
    return false;
  }

  private static String arima(SarimaSpec arima) {
    return "("
        + arima.getP()
        + ","
        + arima.getD()
        + ","
        + arima.getQ()
        + ")("
        + arima.getBp()
        + ","
        + arima.getBd()
        + ","
        + arima.getBq()
        + ")";
  }

  private static double[] values(TsData data, int n) {
    double[] values = data.getValues().toArray();
    if (values.length != n) {
      throw new IllegalStateException("X-13 answered " + values.length + " values for " + n);
    }
    return values;
  }
}
