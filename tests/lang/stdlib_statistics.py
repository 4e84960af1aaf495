# statistics with CPython's results: averages, spread, quantiles,
# NormalDist, and its errors.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode([1, 1, 2, 3]), st.multimode('aabbc'))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance([1, 2, 3, 4]), st.fmean([1, 2, 3]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.mean([F(1, 2), F(1, 3)]), st.mean([D('0.5'), D('0.25')]), st.variance([F(1, 2), F(1, 4), F(1, 8)]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.quantiles(range(1, 11), n=10, method='inclusive'), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mean(range(10)), st.median([3, 1, 2]), st.stdev([1, 2, 3, 4, 5]), st.pvariance([D('1.5'), D('2.5')]))
for f, arg in [(st.mean, []), (st.variance, [1]), (st.stdev, []), (st.median, []), (st.harmonic_mean, [-1])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, e)
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), nd.inv_cdf(0.5), round(nd.pdf(100), 6), nd.mean, nd.stdev, nd.variance)
print(st.NormalDist.from_samples([1, 2, 3, 4]), nd + 5, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 6), [round(q, 4) for q in nd.quantiles()])
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [3, 1, 2]), st.linear_regression([1, 2, 3], [2, 4, 6]))
