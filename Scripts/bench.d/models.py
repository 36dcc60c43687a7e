"""statsmodels equivalents of Sources/StationKitBench/ModelsBenchmarks.swift (same case names and sizes).

logit_1m_x30: statsmodels 0.15 GLM(y, X, family=Binomial()).fit() (IRLS) on 1,000,000 rows x 30 columns
(intercept + 29 standard-normal regressors, y ~ Bernoulli(logistic(0.1 * sum_j (-1)^j x_j))). The arrays are
passed directly (no formula), which favours statsmodels slightly: StationKit's time includes building the design
from the formula. The random numbers differ from StationKit's; timings do not depend on them.

fe2way_national: pyfixest 0.60 feols("total_score ~ social_workers + supervision_per_worker | street_id + year",
vcov={"CRV1": "street_id"}) on the same CSV file as StationKit (written by StationKitBench's
FixedEffectsBenchmarkData, which Scripts/bench runs first: the open station-years of the national synthetic panel).
Reading the CSV is not timed; the warm-up call absorbs numba's compilation.
"""
import numpy as np
import statsmodels.api as sm


def logit(rows, regressors):
    def prepare():
        rng = np.random.default_rng(20261129)
        x = rng.standard_normal((rows, regressors))
        b = np.array([0.1 if j % 2 == 0 else -0.1 for j in range(1, regressors + 1)])
        y = (rng.uniform(size=rows) < 1 / (1 + np.exp(-(x @ b)))).astype(float)
        X = np.column_stack([np.ones(rows), x])
        return lambda: sm.GLM(y, X, family=sm.families.Binomial()).fit()
    return prepare


def fe2way_national():
    import pandas as pd
    import pyfixest as pf
    df = pd.read_csv("/tmp/stationkit-bench/national_fe_panel.csv", dtype={"street_id": str, "district_id": str})
    formula = "total_score ~ social_workers + supervision_per_worker | street_id + year"
    # fixef_rm="none": keep singleton effects, as StationKit (and R fixest by default) do, so both fit the same sample.
    return lambda: pf.feols(formula, data=df, vcov={"CRV1": "street_id"}, fixef_rm="none").tidy()


CASES = {
    "logit_1m_x30": (1, 1, logit(1_000_000, 29)),  # one sample: a fit takes minutes
    "fe2way_national": (5, 1, fe2way_national),
}
