#!/usr/bin/env python3
"""Build the progress-measure reference fixture for Longyuan.

Usage:
    python3 generate_fixture.py /path/to/ProgressMeasure.py [output.json]

The first argument is a locally saved copy of open-sdg/sdg-build's
``sdg/ProgressMeasure.py`` (the version pinned in SOURCE below).  That file is
only *loaded and executed* here; none of its code is reproduced in this script.

For every generated series the script:
  * builds the input in Longyuan's API shape
    (years, values with null for missing, direction, target, targetYear,
    baseYear, optional progressThresholds);
  * translates it into what the reference expects (an object with a pandas
    ``data`` frame of Year/Value and a ``meta`` dict holding one
    ``progress_calculation_options`` entry);
  * runs the reference's ``measure_indicator_progress`` while observing a few
    of its module-level helpers, so that the intermediate quantities (the
    final config dict with the base/current year actually used, each CAGR and
    the value compared with the thresholds) are recorded exactly as the
    reference computed them;
  * maps the reference's status to Longyuan's label.

Requires numpy and pandas (Debian: python3-numpy python3-pandas).
"""

import importlib.util
import json
import math
import random
import sys
import warnings

import numpy as np
import pandas as pd

SOURCE = ("open-sdg/sdg-build@27c0bf031b11add6def719a67c6083b1216664b8 "
          "sdg/ProgressMeasure.py")
SEED = 20240318
N_CASES = 600

# Reference status -> Longyuan label.  In this version of the reference the
# status names already are the Longyuan labels; ``None`` means "no result".
LABELS = {
    "target_achieved": "target_achieved",
    "on_track": "on_track",
    "progress_needs_acceleration": "progress_needs_acceleration",
    "limited_progress": "limited_progress",
    "deterioration": "deterioration",
    None: "not_assessable",
}

OBSERVED_HELPERS = ("config_defaults", "data_progress_measure",
                    "growth_calculation", "get_progress_status")


# --------------------------------------------------------------------------
# Loading and running the reference
# --------------------------------------------------------------------------

def load_reference(path):
    spec = importlib.util.spec_from_file_location("progress_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("measure_indicator_progress",) + OBSERVED_HELPERS:
        if not hasattr(module, name):
            raise SystemExit(f"{path}: expected a module-level '{name}'; "
                             "is this the pinned version?")
    return module


class StubIndicator:
    """The only two attributes the reference reads from an indicator."""

    def __init__(self, data, meta):
        self.data = data
        self.meta = meta


def to_reference_objects(inp):
    """Longyuan API input -> (data frame, meta) for the reference."""
    values = [np.nan if v is None else float(v) for v in inp["values"]]
    frame = pd.DataFrame({
        "Year": pd.Series(inp["years"], dtype="int64"),
        "Value": pd.Series(values, dtype="float64"),
    })
    options = {
        "base_year": inp["baseYear"],
        "target_year": inp["targetYear"],
        "direction": inp["direction"],
    }
    if inp.get("target") is not None:
        options["target"] = inp["target"]
    if "progressThresholds" in inp:
        options["progress_thresholds"] = dict(inp["progressThresholds"])
    meta = {"auto_progress_calculation": True,
            "progress_calculation_options": [options]}
    return frame, meta


def run_reference(ref, inp):
    """Run the reference on one input; return (status, trace)."""
    frame, meta = to_reference_objects(inp)
    trace = {"growth": []}
    originals = {name: getattr(ref, name) for name in OBSERVED_HELPERS}

    def observe_config(config):
        result = originals["config_defaults"](config)
        trace["config"] = result          # the reference keeps mutating it
        return result

    def observe_data(data):
        result = originals["data_progress_measure"](data)
        trace["data"] = result
        return result

    def observe_growth(*args):
        result = originals["growth_calculation"](*args)
        trace["growth"].append(result)
        return result

    def observe_status(value, config):
        trace["compared_value"] = value
        return originals["get_progress_status"](value, config)

    replacements = {
        "config_defaults": observe_config,
        "data_progress_measure": observe_data,
        "growth_calculation": observe_growth,
        "get_progress_status": observe_status,
    }
    for name, fn in replacements.items():
        setattr(ref, name, fn)
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            status = ref.measure_indicator_progress(StubIndicator(frame, meta))
    finally:
        for name, fn in originals.items():
            setattr(ref, name, fn)
    trace["originals"] = originals
    return status, trace


# --------------------------------------------------------------------------
# Turning a reference run into the expected Longyuan output
# --------------------------------------------------------------------------

def num(x):
    """numpy/python number -> JSON number, non-finite -> None."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def year(x):
    return None if x is None else int(x)


def first_value_for_year(frame, yr):
    hits = frame.loc[frame["Year"] == yr, "Value"].to_numpy()
    return hits[0] if len(hits) else None


def expected_output(status, trace):
    config = trace["config"]
    method = 1 if config["target"] is None else 2
    growth = trace["growth"]
    compared = trace.get("compared_value")
    cagr_obs = growth[0] if len(growth) >= 1 else None
    cagr_req = growth[1] if len(growth) >= 2 else None
    expected = {
        "label": LABELS[status],
        "method": method,
        "baseYear": year(config.get("base_year")),
        "currentYear": year(config.get("current_year")),
        "cagrObserved": num(cagr_obs),
        "cagrRequired": num(cagr_req) if method == 2 else None,
        "ratio": num(compared) if method == 2 else None,
        "progressValue": num(compared),
    }

    data = trace.get("data")
    base_value = current_value = None
    if data is not None and config.get("current_year") is not None:
        current_value = first_value_for_year(data, config["current_year"])
        base_value = first_value_for_year(data, config["base_year"])
    reference = {
        "status": status,
        "numbersComputedByReference": bool(growth),
        "thresholdsUsed": ({k: float(config[k]) for k in ("high", "med", "low")}
                           if "high" in config else None),
        "baseValue": num(base_value),
        "currentValue": num(current_value),
        "informational": None,
    }

    # For target_achieved the reference stops before computing any growth.
    # Give the quantities it *would* have produced, using its own growth
    # function with the same arguments, clearly separated from "expected".
    if status == "target_achieved":
        grow = trace["originals"]["growth_calculation"]
        t, t0 = float(config["current_year"]), float(config["base_year"])
        tt, target = float(config["target_year"]), float(config["target"])
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            obs = grow(current_value, base_value, t, t0)
            try:
                req = grow(target, base_value, tt, t0)
                ratio = obs / req
            except ZeroDivisionError:
                req = ratio = None
        reference["informational"] = {
            "cagrObserved": num(obs), "cagrRequired": num(req),
            "ratio": num(ratio)}
    return expected, reference


# --------------------------------------------------------------------------
# Series generators
# --------------------------------------------------------------------------

def span(a, b):
    return list(range(a, b + 1))


def trend(rng, years, v0, g, noise=0.02, digits=3):
    first = years[0]
    return [round(v0 * (1 + g) ** (y - first) * (1 + rng.uniform(-noise, noise)),
                  digits) for y in years]


def make_input(years, values, direction, base_year, target_year,
               target=None, thresholds=None, explicit_null_target=False):
    inp = {"years": list(years), "values": list(values),
           "direction": direction, "baseYear": base_year,
           "targetYear": target_year}
    if target is not None or explicit_null_target:
        inp["target"] = target
    if thresholds is not None:
        inp["progressThresholds"] = thresholds
    return inp


def value_at(years, values, yr):
    for y, v in zip(years, values):
        if y == yr and v is not None:
            return v
    return None


def pick_base(rng, start, end):
    if start <= 2015 <= end - 1 and rng.random() < 0.6:
        return 2015
    return rng.randint(start, end - 1)


def pick_target_year(rng, end):
    return rng.randint(max(end + 1, 2026), 2030)


def sprinkle_missing(rng, values, prob):
    return [None if rng.random() < prob else v for v in values]


def required_target(rng, base_value, base_year, target_year):
    gr = 0.0
    while abs(gr) < 0.003:
        gr = rng.uniform(-0.10, 0.10)
    return round(base_value * (1 + gr) ** (target_year - base_year), 3)


def direction_towards(rng, base_value, target, p_consistent=0.85):
    wanted = "positive" if target > base_value else "negative"
    if rng.random() < p_consistent:
        return wanted
    return "negative" if wanted == "positive" else "positive"


def gen_m2_trend(rng):
    start = rng.randint(2010, 2018)
    end = rng.randint(max(start + 1, 2016), 2025)
    years = span(start, end)
    base = pick_base(rng, start, end)
    ty = pick_target_year(rng, end)
    gr = 0.0
    while abs(gr) < 0.003:
        gr = rng.uniform(-0.10, 0.10)         # annual growth the target needs
    if rng.random() < 0.8:                    # observed growth relative to it
        g = gr * rng.uniform(-0.6, 1.5)
    else:
        g = rng.uniform(-0.08, 0.08)
    values = trend(rng, years, round(rng.uniform(1, 500), 2), g, noise=0.01)
    if rng.random() < 0.15:
        values = sprinkle_missing(rng, values, 0.15)
    bv = value_at(years, values, base) or next((v for v in values if v is not None), 100.0)
    target = round(bv * (1 + gr) ** (ty - base), 3)
    return make_input(years, values, direction_towards(rng, bv, target), base, ty,
                      target=target), ["method2", "trend"]


def gen_m1_trend(rng):
    start = rng.randint(2010, 2018)
    end = rng.randint(max(start + 1, 2016), 2025)
    years = span(start, end)
    values = trend(rng, years, round(rng.uniform(1, 500), 2), rng.uniform(-0.04, 0.04),
                   noise=0.01)
    if rng.random() < 0.15:
        values = sprinkle_missing(rng, values, 0.15)
    return make_input(years, values, rng.choice(["positive", "negative"]),
                      pick_base(rng, start, end), pick_target_year(rng, end)), \
        ["method1", "trend"]


def gen_zero_target(rng):
    start = rng.randint(2010, 2015)
    end = rng.randint(2018, 2025)
    years = span(start, end)
    roll = rng.random()
    if roll < 0.55:      # falling towards zero, still above 0.001
        values = trend(rng, years, round(rng.uniform(2, 80), 2), rng.uniform(-0.3, 0.02))
        direction = "negative"
    elif roll < 0.75:    # reaches exactly zero -> achieved (0 <= 0.001)
        values = trend(rng, years, round(rng.uniform(2, 80), 2), rng.uniform(-0.2, 0.0))
        values[-1] = 0.0
        direction = "negative"
    elif roll < 0.9:     # positive direction with positive values -> achieved
        values = trend(rng, years, round(rng.uniform(2, 80), 2), rng.uniform(-0.1, 0.1))
        direction = "positive"
    else:                # positive direction, negative values -> sign mismatch
        values = trend(rng, years, -round(rng.uniform(2, 80), 2), rng.uniform(-0.1, 0.1))
        direction = "positive"
    return make_input(years, values, direction, pick_base(rng, start, end),
                      pick_target_year(rng, end), target=0), ["method2", "zero_target"]


def gen_base_fallback(rng):
    start = 2010
    end = rng.randint(2019, 2025)
    years = span(start, end)
    values = trend(rng, years, round(rng.uniform(5, 300), 2), rng.uniform(-0.06, 0.06))
    base = rng.randint(2012, 2018)
    gap = rng.choice([1, 1, 2, 3])
    mode = rng.choice(["drop_year", "null_value"])
    kept_years, kept_values = [], []
    for y, v in zip(years, values):
        if base <= y < base + gap:
            if mode == "drop_year":
                continue
            v = None
        kept_years.append(y)
        kept_values.append(v)
    ty = pick_target_year(rng, end)
    if rng.random() < 0.5:
        return make_input(kept_years, kept_values, rng.choice(["positive", "negative"]),
                          base, ty), ["method1", "base_fallback", mode]
    bv = value_at(kept_years, kept_values, base + gap)
    target = required_target(rng, bv, base + gap, ty)
    return make_input(kept_years, kept_values, direction_towards(rng, bv, target), base,
                      ty, target=target), ["method2", "base_fallback", mode]


def gen_missing_inside(rng):
    start = rng.randint(2010, 2014)
    end = rng.randint(2019, 2025)
    years = span(start, end)
    values = sprinkle_missing(rng, trend(rng, years, round(rng.uniform(5, 300), 2),
                                         rng.uniform(-0.06, 0.06)), 0.35)
    if all(v is None for v in values):
        values[0] = 50.0
    base = pick_base(rng, start, end)
    ty = pick_target_year(rng, end)
    if rng.random() < 0.5:
        return make_input(years, values, rng.choice(["positive", "negative"]), base, ty), \
            ["method1", "missing_values"]
    present = [v for v in values if v is not None]
    target = required_target(rng, present[0], base, ty)
    return make_input(years, values, direction_towards(rng, present[0], target), base, ty,
                      target=target), ["method2", "missing_values"]


def gen_single_point(rng):
    base = rng.randint(2012, 2020)
    where = rng.choice(["before_base", "at_base", "after_base"])
    yr = {"before_base": base - rng.randint(1, 2), "at_base": base,
          "after_base": base + rng.randint(1, 4)}[where]
    v = round(rng.uniform(5, 200), 2)
    if rng.random() < 0.5:      # only one year in the arrays
        years, values = [yr], [v]
    else:                        # several years, all but one null
        years = span(yr - 2, yr + 2)
        values = [v if y == yr else None for y in years]
    ty = pick_target_year(rng, max(years))
    direction = rng.choice(["positive", "negative"])
    roll = rng.random()
    if roll < 0.35:
        return make_input(years, values, direction, base, ty), ["method1", "single_point", where]
    if roll < 0.7:   # target already met by the only value
        target = round(v * (0.8 if direction == "positive" else 1.2), 3)
        return make_input(years, values, direction, base, ty, target=target), \
            ["method2", "single_point", "target_met_by_only_value", where]
    target = round(v * (1.5 if direction == "positive" else 0.5), 3)
    return make_input(years, values, direction, base, ty, target=target), \
        ["method2", "single_point", where]


def gen_base_after_last(rng):
    end = rng.randint(2012, 2022)
    years = span(rng.randint(2010, end - 1), end)
    values = trend(rng, years, round(rng.uniform(5, 300), 2), rng.uniform(-0.06, 0.06))
    base = rng.randint(end + 1, min(end + 5, 2025))
    ty = rng.randint(max(base + 1, 2026), 2030)
    direction = rng.choice(["positive", "negative"])
    if rng.random() < 0.4:
        return make_input(years, values, direction, base, ty), ["method1", "base_after_last"]
    # half of these would already meet the target
    last = values[-1]
    if rng.random() < 0.5:
        target = round(last * (0.9 if direction == "positive" else 1.1), 3)
        tags = ["method2", "base_after_last", "target_met"]
    else:
        target = round(last * (1.4 if direction == "positive" else 0.6), 3)
        tags = ["method2", "base_after_last"]
    return make_input(years, values, direction, base, ty, target=target), tags


def gen_achieved(rng):
    start = rng.randint(2010, 2015)
    end = rng.randint(2017, 2025)
    years = span(start, end)
    direction = rng.choice(["positive", "negative"])
    g = rng.uniform(0.0, 0.08) if direction == "positive" else rng.uniform(-0.08, 0.0)
    values = trend(rng, years, round(rng.uniform(5, 300), 2), g)
    cur = values[-1]
    if rng.random() < 0.2:
        target = cur       # exactly equal -> achieved (inclusive)
        tags = ["method2", "target_achieved", "equal_to_target"]
    else:
        factor = rng.uniform(0.75, 1.0) if direction == "positive" else rng.uniform(1.0, 1.3)
        target = round(cur * factor, 3)
        tags = ["method2", "target_achieved"]
    return make_input(years, values, direction, pick_base(rng, start, end),
                      pick_target_year(rng, end), target=target), tags


def gen_both_negative(rng):
    start = rng.randint(2010, 2015)
    end = rng.randint(2018, 2025)
    years = span(start, end)
    values = trend(rng, years, -round(rng.uniform(5, 300), 2), rng.uniform(-0.06, 0.06))
    base = pick_base(rng, start, end)
    ty = pick_target_year(rng, end)
    direction = rng.choice(["positive", "negative"])
    if rng.random() < 0.4:
        return make_input(years, values, direction, base, ty), ["method1", "negative_values"]
    bv = value_at(years, values, base)
    target = required_target(rng, bv, base, ty)
    return make_input(years, values, direction, base, ty, target=target), \
        ["method2", "negative_values"]


def gen_sign_change(rng):
    base = rng.randint(2012, 2020)
    one_year = rng.random() < 0.35          # exponent 1/(t - t0) == 1
    end = base + 1 if one_year else rng.randint(base + 2, 2025)
    years = span(base, end)
    b = round(rng.uniform(5, 100), 2)
    c = -round(rng.uniform(1, 100), 2)
    if rng.random() < 0.5:
        b, c = -b, -c                       # base < 0, current > 0
    n = len(years) - 1
    values = [round(b + (c - b) * i / n, 3) for i in range(n + 1)]
    values[0], values[-1] = b, c
    ty = pick_target_year(rng, end)
    direction = rng.choice(["positive", "negative"])
    tags = ["sign_change"] + (["one_year_span"] if one_year else [])
    roll = rng.random()
    if roll < 0.4:
        return make_input(years, values, direction, base, ty), ["method1"] + tags
    if roll < 0.75:
        target = round(c * rng.uniform(1.2, 2.0), 3)   # same sign as current
    else:
        target = round(b * rng.uniform(0.2, 0.8), 3)   # same sign as base
    return make_input(years, values, direction, base, ty, target=target), ["method2"] + tags


def gen_zero_base(rng):
    start = rng.randint(2010, 2015)
    end = rng.randint(2017, 2025)
    years = span(start, end)
    values = trend(rng, years, round(rng.uniform(5, 100), 2), rng.uniform(-0.05, 0.05))
    base = pick_base(rng, start, end)
    values[years.index(base)] = 0.0
    kind = rng.choice(["current_positive", "current_zero", "current_negative"])
    if kind == "current_zero":
        values[-1] = 0.0
    elif kind == "current_negative":
        values[-1] = -abs(values[-1])
    ty = pick_target_year(rng, end)
    direction = rng.choice(["positive", "negative"])
    if rng.random() < 0.5:
        return make_input(years, values, direction, base, ty), ["method1", "zero_base", kind]
    target = round(rng.uniform(1, 150), 3)
    return make_input(years, values, direction, base, ty, target=target), \
        ["method2", "zero_base", kind]


def gen_custom_thresholds(rng):
    inp, tags = (gen_m2_trend if rng.random() < 0.75 else gen_m1_trend)(rng)
    if "target" in inp:
        high = round(rng.uniform(0.7, 1.2), 3)
        med = round(rng.uniform(0.2, high - 0.05), 3)
        low = round(rng.uniform(-0.2, min(0.15, med - 0.05)), 3)
    else:
        high = round(rng.uniform(0.008, 0.04), 4)
        med = round(rng.uniform(0.001, high - 0.002), 4)
        low = round(rng.uniform(-0.01, 0.0), 4)
    inp["progressThresholds"] = {"high": high, "med": med, "low": low}
    return inp, tags + ["custom_thresholds"]


def gen_target_equals_base(rng):
    start = rng.randint(2010, 2015)
    end = rng.randint(2018, 2025)
    years = span(start, end)
    direction = rng.choice(["positive", "negative"])
    # move away from the target so that it is not achieved
    g = rng.uniform(-0.06, -0.005) if direction == "positive" else rng.uniform(0.005, 0.06)
    values = trend(rng, years, round(rng.uniform(5, 300), 2), g, noise=0.0)
    base = pick_base(rng, start, end)
    target = value_at(years, values, base)
    return make_input(years, values, direction, base, pick_target_year(rng, end),
                      target=target), ["method2", "target_equals_base_value"]


def gen_odd_target_year(rng):
    start = rng.randint(2010, 2013)
    end = rng.randint(2020, 2025)
    years = span(start, end)
    values = trend(rng, years, round(rng.uniform(5, 300), 2), rng.uniform(-0.06, 0.06))
    base = rng.randint(start + 2, 2017)
    if rng.random() < 0.6:
        ty = rng.randint(base + 1, end)          # target year already passed
        tags = ["method2", "target_year_before_current"]
    else:
        ty = rng.randint(start, base - 1)        # target year before base year
        tags = ["method2", "target_year_before_base"]
    bv = value_at(years, values, base)
    target = round(bv * rng.uniform(0.6, 1.4), 3)
    return make_input(years, values, direction_towards(rng, bv, target), base, ty,
                      target=target), tags


def gen_duplicates(rng):
    inp, tags = (gen_m2_trend if rng.random() < 0.5 else gen_m1_trend)(rng)
    years, values = inp["years"], inp["values"]
    which = rng.choice(["current", "base", "other"])
    if which == "current":
        idx = len(years) - 1
    elif which == "base" and inp["baseYear"] in years:
        idx = years.index(inp["baseYear"])
    else:
        idx = rng.randrange(len(years))
    extra = round((values[idx] or 10.0) * rng.uniform(0.5, 1.5), 3)
    if rng.random() < 0.5:
        years.insert(idx + 1, years[idx]); values.insert(idx + 1, extra)
    else:                                        # duplicate placed first
        years.insert(idx, years[idx]); values.insert(idx, extra)
    return inp, tags + ["duplicate_year", "duplicate_" + which]


def gen_shuffled(rng):
    inp, tags = (gen_m2_trend if rng.random() < 0.5 else gen_m1_trend)(rng)
    pairs = list(zip(inp["years"], inp["values"]))
    rng.shuffle(pairs)
    inp["years"] = [p[0] for p in pairs]
    inp["values"] = [p[1] for p in pairs]
    return inp, tags + ["unsorted_years"]


def gen_no_data(rng):
    if rng.random() < 0.2:
        years = []
    else:
        years = span(rng.randint(2010, 2016), rng.randint(2018, 2025))
    values = [None] * len(years)
    target = None if rng.random() < 0.5 else 10.0
    return make_input(years, values, rng.choice(["positive", "negative"]), 2015, 2030,
                      target=target), ["no_data"] + (["empty_arrays"] if not years else [])


def gen_data_not_after_base(rng):
    base = rng.randint(2014, 2020)
    include_base = rng.random() < 0.5
    end = base if include_base else base - 1
    years = span(2010, end)
    values = trend(rng, years, round(rng.uniform(5, 300), 2), rng.uniform(-0.05, 0.05))
    target = None if rng.random() < 0.5 else round(values[-1] * 0.5, 3)
    return make_input(years, values, "negative", base, 2030, target=target), \
        ["no_data_after_base", "base_is_last_year" if include_base else "all_before_base"]


def gen_constant(rng):
    start = rng.randint(2010, 2015)
    end = rng.randint(2018, 2025)
    years = span(start, end)
    v = round(rng.uniform(-100, 300), 2) or 1.0
    values = [v] * len(years)
    direction = rng.choice(["positive", "negative"])
    base = pick_base(rng, start, end)
    ty = pick_target_year(rng, end)
    if rng.random() < 0.5:
        return make_input(years, values, direction, base, ty), ["method1", "constant"]
    target = round(v * (1.3 if (direction == "positive") == (v > 0) else 0.7), 3)
    return make_input(years, values, direction, base, ty, target=target), \
        ["method2", "constant"]


def gen_explicit_null_target(rng):
    inp, tags = gen_m1_trend(rng)
    inp["target"] = None
    return inp, tags + ["explicit_null_target"]


def gen_long_series(rng):
    years = span(2010, 2030)
    end_present = rng.randint(2020, 2030)
    values = trend(rng, years, round(rng.uniform(5, 300), 2), rng.uniform(-0.05, 0.05))
    values = [v if y <= end_present else None for y, v in zip(years, values)]
    base = 2015
    ty = 2030
    if rng.random() < 0.5:
        return make_input(years, values, rng.choice(["positive", "negative"]), base, ty), \
            ["method1", "long_series"]
    bv = value_at(years, values, base)
    target = required_target(rng, bv, base, ty)
    return make_input(years, values, direction_towards(rng, bv, target), base, ty,
                      target=target), ["method2", "long_series"]


SCHEDULE = [
    (gen_m2_trend, 140), (gen_m1_trend, 110), (gen_zero_target, 25),
    (gen_base_fallback, 35), (gen_missing_inside, 30), (gen_single_point, 15),
    (gen_base_after_last, 15), (gen_achieved, 35), (gen_both_negative, 25),
    (gen_sign_change, 25), (gen_zero_base, 20), (gen_custom_thresholds, 40),
    (gen_target_equals_base, 8), (gen_odd_target_year, 12), (gen_duplicates, 8),
    (gen_shuffled, 10), (gen_no_data, 5), (gen_data_not_after_base, 6),
    (gen_constant, 8), (gen_explicit_null_target, 5), (gen_long_series, 23),
]


# --------------------------------------------------------------------------
# Inputs the Longyuan API refuses (400); not run as cases
# --------------------------------------------------------------------------

def refused_examples():
    years = span(2014, 2022)
    values = [100.0, 98.0, 95.5, 93.0, 90.1, 88.0, 86.2, 84.0, 82.5]
    examples = [
        ("targetYear equals baseYear",
         make_input(years, values, "negative", 2018, 2018, target=60.0)),
        ("targetYear equals baseYear (no target)",
         make_input(years, values, "negative", 2015, 2015)),
        ("partial progressThresholds (low missing)",
         make_input(years, values, "negative", 2015, 2030, target=60.0,
                    thresholds={"high": 0.9, "med": 0.5})),
        ("partial progressThresholds (only high)",
         make_input(years, values, "positive", 2015, 2030,
                    thresholds={"high": 0.02})),
        ("years and values have different lengths (values shorter)",
         make_input(years, values[:-1], "negative", 2015, 2030, target=60.0)),
        ("years and values have different lengths (values longer)",
         make_input(years[:-2], values, "positive", 2015, 2030)),
    ]
    return [{"reason": reason, "input": inp} for reason, inp in examples]


def crafted_reference_errors():
    """Accepted-looking inputs on which the reference itself fails: after the
    base year falls forward to the first available year, that year equals the
    target year, so the required-CAGR exponent divides by zero."""
    return [
        make_input(span(2016, 2022), [50.0, 52.0, 53.5, 55.0, 56.0, 58.0, 59.5],
                   "positive", 2015, 2016, target=80.0),
        make_input([2012, 2014, 2018, 2020, 2021], [9.0, None, 7.5, 7.0, 6.8],
                   "negative", 2014, 2018, target=3.0),
    ]


def reference_outcome(ref, inp):
    """What the reference does with an input (for documentation only)."""
    if len(inp["years"]) != len(inp["values"]):
        return "not runnable: a Year/Value table needs equal-length columns"
    try:
        status, trace = run_reference(ref, inp)
    except Exception as exc:  # noqa: BLE001 - we document whatever it raises
        return f"raises {type(exc).__name__}: {exc}"
    return f"returns {status!r}"


# --------------------------------------------------------------------------

def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    ref = load_reference(argv[1])
    out_path = argv[2] if len(argv) > 2 else "/tmp/progress-ref/progress-reference-cases.json"
    rng = random.Random(SEED)

    cases, reference_errors = [], []
    plan = [gen for gen, count in SCHEDULE for _ in range(count)]
    while len(plan) < N_CASES:
        plan.append(gen_m2_trend)
    plan = plan[:N_CASES]

    for gen in plan:
        for _attempt in range(20):
            inp, tags = gen(rng)
            if inp["targetYear"] == inp["baseYear"]:
                continue                      # refused by the API; not a case
            try:
                status, trace = run_reference(ref, inp)
            except Exception as exc:  # noqa: BLE001
                reference_errors.append({
                    "tags": tags, "input": inp,
                    "error": f"{type(exc).__name__}: {exc}"})
                continue
            expected, reference = expected_output(status, trace)
            if expected["baseYear"] != inp["baseYear"] and "base_fallback" not in tags:
                tags = tags + ["base_fallback_implicit"]
            cases.append({"id": f"case-{len(cases) + 1:04d}", "tags": tags,
                          "input": inp, "expected": expected, "reference": reference})
            break
        else:
            raise SystemExit(f"could not produce a case with {gen.__name__}")

    for inp in crafted_reference_errors():
        outcome = reference_outcome(ref, inp)
        if outcome.startswith("raises"):
            reference_errors.append({"tags": ["crafted", "fallback_base_equals_target_year"],
                                     "input": inp, "error": outcome[len("raises "):]})

    refused = refused_examples()
    for item in refused:
        item["referenceOutcome"] = reference_outcome(ref, item["input"])

    doc = {"source": SOURCE, "seed": SEED, "cases": cases, "refused": refused,
           "referenceErrors": reference_errors}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1, allow_nan=False)
        fh.write("\n")

    counts = {}
    for c in cases:
        counts[c["expected"]["label"]] = counts.get(c["expected"]["label"], 0) + 1
    print(f"wrote {len(cases)} cases, {len(refused)} refused, "
          f"{len(reference_errors)} reference errors to {out_path}")
    for label in sorted(counts):
        print(f"  {label}: {counts[label]}")


if __name__ == "__main__":
    main(sys.argv)
