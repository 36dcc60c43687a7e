"""Expected values for StationKit's 2SFCA / enhanced 2SFCA access scores: a plain numpy transcription with
the haversine formula and explicit loops (Luo & Wang 2003; Luo & Qi 2009; Gaussian weights as Dai 2010).

Run:  python3 Tests/References/Models/access_reference.py   (numpy 2.4.6)
Writes Tests/ModelsTests/Fixtures/access_reference.json with synthetic stations and streets around Jinan
(numpy seed 20261129) and the access per street and population shares for radius 8 km, decay none/gaussian.
"""
import json, os
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "..", "ModelsTests", "Fixtures")
R = 6371.0088
rng = np.random.default_rng(20261129)
ns, nd = 12, 40
slon = np.round(117.0 + rng.uniform(-0.15, 0.15, ns), 6); slat = np.round(36.65 + rng.uniform(-0.1, 0.1, ns), 6)
cap = rng.integers(1, 9, ns).astype(float)
dlon = np.round(117.0 + rng.uniform(-0.2, 0.2, nd), 6); dlat = np.round(36.65 + rng.uniform(-0.13, 0.13, nd), 6)
pop = np.round(rng.uniform(5000, 60000, nd))

def haversine(lon1, lat1, lon2, lat2):
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * R * np.arcsin(np.sqrt(a))

def weight(d, d0, decay):
    if d > d0: return 0.0
    if decay == "none": return 1.0
    f = np.exp(-0.5)
    return (np.exp(-0.5 * (d / d0) ** 2) - f) / (1 - f)

out = {"stations": {"lon": slon.tolist(), "lat": slat.tolist(), "capacity": cap.tolist()},
       "streets": {"lon": dlon.tolist(), "lat": dlat.tolist(), "population": pop.tolist()}, "radius_km": 8.0, "fits": {}}
for decay in ["none", "gaussian"]:
    ratios = []
    for j in range(ns):
        s = sum(weight(haversine(dlon[i], dlat[i], slon[j], slat[j]), 8.0, decay) * pop[i] for i in range(nd))
        ratios.append(cap[j] / s if s > 0 else 0.0)
    access = [sum(weight(haversine(dlon[i], dlat[i], slon[j], slat[j]), 8.0, decay) * ratios[j] for j in range(ns))
              for i in range(nd)]
    a = np.array(access)
    out["fits"][decay] = {"access": access, "ratios": ratios,
                          "share_at_least_1_per_10k": float(pop[a * 1e4 >= 1.0].sum() / pop.sum())}
with open(os.path.join(fixtures, "access_reference.json"), "w") as fh:
    json.dump(out, fh, indent=1)
print({k: (v["share_at_least_1_per_10k"], v["access"][:3]) for k, v in out["fits"].items()})
