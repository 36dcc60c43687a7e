"""statsmodels equivalents of Sources/StationKitBench/ModelsBenchmarks.swift (same case names and sizes).

logit_1m_x30: statsmodels 0.15 GLM(y, X, family=Binomial()).fit() (IRLS) on 1,000,000 rows x 30 columns
(intercept + 29 standard-normal regressors, y ~ Bernoulli(logistic(0.1 * sum_j (-1)^j x_j))). The arrays are
passed directly (no formula), which favours statsmodels slightly: StationKit's time includes building the design
from the formula. The random numbers differ from StationKit's; timings do not depend on them.
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


CASES = {
    "logit_1m_x30": (1, 1, logit(1_000_000, 29)),  # one sample: a fit takes minutes
}
