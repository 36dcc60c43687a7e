"""Shared record builders for the GLM reference scripts (glm_reference.py, glm_families_reference.py)."""
import numpy as np


def lst(x):
    return [float(v) for v in np.asarray(x, dtype=float).ravel()]


def coef_record(res):
    ci = np.asarray(res.conf_int(alpha=0.05))
    return {"names": list(res.params.index), "params": lst(res.params), "bse": lst(res.bse),
            "tvalues": lst(res.tvalues), "pvalues": lst(res.pvalues),
            "conf_low": lst(ci[:, 0]), "conf_high": lst(ci[:, 1])}


def glm_record(res):
    r = coef_record(res)
    r.update({"nobs": float(res.nobs), "df_resid": float(res.df_resid), "df_model": float(res.df_model),
              "deviance": float(res.deviance), "null_deviance": float(res.null_deviance),
              "pearson_chi2": float(res.pearson_chi2), "llf": float(res.llf), "aic": float(res.aic),
              "bic": float(res.bic), "scale": float(res.scale), "mu_head": lst(res.fittedvalues[:5])})
    return r
