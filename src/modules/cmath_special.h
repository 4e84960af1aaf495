/*
** cmath_special.h — what cmath's functions return when a part of the
** argument is infinite or NaN, indexed [class of real][class of imag]
** (CMATH_NINF .. CMATH_NAN).  Written by scripts/gen-cmath-special from
** python3.11's answers; do not edit.
*/
static const CmathPair acos_special[7][7] = {
    { { PI3_4, INF }, { PI, INF }, { PI, INF }, { PI, -INF }, { PI, -INF }, { PI3_4, -INF }, { NAN, INF } },
    { { PI_2, INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { PI_2, -INF }, { NAN, NAN } },
    { { PI_2, INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { PI_2, -INF }, { PI_2, NAN } },
    { { PI_2, INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { PI_2, -INF }, { PI_2, NAN } },
    { { PI_2, INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { PI_2, -INF }, { NAN, NAN } },
    { { PI_4, INF }, { 0.0, INF }, { 0.0, INF }, { 0.0, -INF }, { 0.0, -INF }, { PI_4, -INF }, { NAN, INF } },
    { { NAN, INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, -INF }, { NAN, NAN } },
};
static const CmathPair acosh_special[7][7] = {
    { { INF, -PI3_4 }, { INF, -PI }, { INF, -PI }, { INF, PI }, { INF, PI }, { INF, PI3_4 }, { INF, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_4 }, { INF, -0.0 }, { INF, -0.0 }, { INF, 0.0 }, { INF, 0.0 }, { INF, PI_4 }, { INF, NAN } },
    { { INF, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, NAN }, { NAN, NAN } },
};
static const CmathPair asinh_special[7][7] = {
    { { -INF, -PI_4 }, { -INF, -0.0 }, { -INF, -0.0 }, { -INF, 0.0 }, { -INF, 0.0 }, { -INF, PI_4 }, { -INF, NAN } },
    { { -INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { -INF, PI_2 }, { NAN, NAN } },
    { { -INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { -INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_4 }, { INF, -0.0 }, { INF, -0.0 }, { INF, 0.0 }, { INF, 0.0 }, { INF, PI_4 }, { INF, NAN } },
    { { INF, NAN }, { NAN, NAN }, { NAN, -0.0 }, { NAN, 0.0 }, { NAN, NAN }, { INF, NAN }, { NAN, NAN } },
};
static const CmathPair atanh_special[7][7] = {
    { { -0.0, -PI_2 }, { -0.0, -PI_2 }, { -0.0, -PI_2 }, { -0.0, PI_2 }, { -0.0, PI_2 }, { -0.0, PI_2 }, { -0.0, NAN } },
    { { -0.0, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { -0.0, PI_2 }, { NAN, NAN } },
    { { -0.0, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { -0.0, PI_2 }, { -0.0, NAN } },
    { { 0.0, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { 0.0, PI_2 }, { 0.0, NAN } },
    { { 0.0, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { 0.0, PI_2 }, { NAN, NAN } },
    { { 0.0, -PI_2 }, { 0.0, -PI_2 }, { 0.0, -PI_2 }, { 0.0, PI_2 }, { 0.0, PI_2 }, { 0.0, PI_2 }, { 0.0, NAN } },
    { { 0.0, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { 0.0, PI_2 }, { NAN, NAN } },
};
static const CmathPair cosh_special[7][7] = {
    { { NAN, NAN }, { -INF, INF }, { INF, 0.0 }, { INF, -0.0 }, { -INF, -INF }, { NAN, NAN }, { INF, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, 0.0 } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, 0.0 } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { -INF, -INF }, { INF, -0.0 }, { INF, 0.0 }, { -INF, INF }, { NAN, NAN }, { INF, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, 0.0 }, { NAN, 0.0 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
};
static const CmathPair exp_special[7][7] = {
    { { 0.0, 0.0 }, { -0.0, -0.0 }, { 0.0, -0.0 }, { 0.0, 0.0 }, { -0.0, 0.0 }, { 0.0, 0.0 }, { 0.0, 0.0 } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { -INF, -INF }, { INF, -0.0 }, { INF, 0.0 }, { -INF, INF }, { NAN, NAN }, { INF, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, -0.0 }, { NAN, 0.0 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
};
static const CmathPair log_special[7][7] = {
    { { INF, -PI3_4 }, { INF, -PI }, { INF, -PI }, { INF, PI }, { INF, PI }, { INF, PI3_4 }, { INF, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_2 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, PI_2 }, { NAN, NAN } },
    { { INF, -PI_4 }, { INF, -0.0 }, { INF, -0.0 }, { INF, 0.0 }, { INF, 0.0 }, { INF, PI_4 }, { INF, NAN } },
    { { INF, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, NAN }, { NAN, NAN } },
};
static const CmathPair sinh_special[7][7] = {
    { { NAN, NAN }, { INF, -INF }, { -INF, -0.0 }, { -INF, 0.0 }, { INF, INF }, { NAN, NAN }, { INF, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { 0.0, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { 0.0, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { -INF, -INF }, { INF, -0.0 }, { INF, 0.0 }, { -INF, INF }, { NAN, NAN }, { INF, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, -0.0 }, { NAN, 0.0 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
};
static const CmathPair sqrt_special[7][7] = {
    { { INF, -INF }, { 0.0, -INF }, { 0.0, -INF }, { 0.0, INF }, { 0.0, INF }, { INF, INF }, { NAN, INF } },
    { { INF, -INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, INF }, { NAN, NAN } },
    { { INF, -INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, INF }, { NAN, NAN } },
    { { INF, -INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, INF }, { NAN, NAN } },
    { { INF, -INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, INF }, { NAN, NAN } },
    { { INF, -INF }, { INF, -0.0 }, { INF, -0.0 }, { INF, 0.0 }, { INF, 0.0 }, { INF, INF }, { INF, NAN } },
    { { INF, -INF }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { INF, INF }, { NAN, NAN } },
};
static const CmathPair tanh_special[7][7] = {
    { { -1.0, 0.0 }, { -1.0, 0.0 }, { -1.0, -0.0 }, { -1.0, 0.0 }, { -1.0, -0.0 }, { -1.0, 0.0 }, { -1.0, 0.0 } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { 1.0, 0.0 }, { 1.0, 0.0 }, { 1.0, -0.0 }, { 1.0, 0.0 }, { 1.0, -0.0 }, { 1.0, 0.0 }, { 1.0, 0.0 } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, -0.0 }, { NAN, 0.0 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
};
static const CmathPair rect_special[7][7] = {
    { { NAN, NAN }, { INF, INF }, { -INF, 0.0 }, { -INF, -0.0 }, { INF, -INF }, { NAN, NAN }, { INF, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { 0.0, 0.0 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { 0.0, 0.0 }, { 0.0, 0.0 } },
    { { 0.0, 0.0 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { 0.0, 0.0 }, { 0.0, 0.0 } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
    { { NAN, NAN }, { -INF, -INF }, { INF, -0.0 }, { INF, 0.0 }, { -INF, INF }, { NAN, NAN }, { INF, NAN } },
    { { NAN, NAN }, { NAN, NAN }, { NAN, 0.0 }, { NAN, 0.0 }, { NAN, NAN }, { NAN, NAN }, { NAN, NAN } },
};
