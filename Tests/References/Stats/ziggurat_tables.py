"""Closure of the 256-layer ziggurat tables (Sources/Stats/Random/ZigguratNormal.swift) with Marsaglia and
Tsang's published constants r = 3.6541528853610088, v = 0.00492867323399 (J. Stat. Softw. 5(8), 2000), and the
share of draws accepted in a layer's core (one 64-bit draw, no exp/log), cited by ZigguratNormalTests.

Output (python3, 2026-11-29):
  x[0] 3.91075795953709  x[1] 3.654152885361009  x[255] 0.2152418959132738
  top closure v/x[255] + f(x[255]) - 1 = 2.27e-11
  base strip: r f(r) + tail - v = -1.5e-14
  core acceptance (1/256) sum x[i+1]/x[i] = 0.98508
"""
import math

r, v = 3.6541528853610088, 0.00492867323399
f = lambda x: math.exp(-x * x / 2)
x = [0.0] * 257
x[0], x[1] = v / f(r), r
for i in range(1, 255):
    x[i + 1] = math.sqrt(-2 * math.log(v / x[i] + f(x[i])))
tail = math.sqrt(2 * math.pi) * 0.5 * math.erfc(r / math.sqrt(2))
print("  x[0]", x[0], " x[1]", x[1], " x[255]", x[255])
print("  top closure v/x[255] + f(x[255]) - 1 = %.3g" % (v / x[255] + f(x[255]) - 1))
print("  base strip: r f(r) + tail - v = %.2g" % (r * f(r) + tail - v))
print("  core acceptance (1/256) sum x[i+1]/x[i] = %.5f" % (sum(x[i + 1] / x[i] for i in range(256)) / 256))
