// The C surface StationKit uses: CBLAS (OpenBLAS) and LAPACKE.
// Only the Linalg module imports this; everything else goes through Linalg.
#ifndef STATIONKIT_CLAPACK_SHIM_H
#define STATIONKIT_CLAPACK_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
