# The script host.c runs: it calls the host's function scale() and the
# host's module report, and leaves results for the host to read.
import report

report.line("script starts")
values = [scale(x) for x in range(1, 5)]
summary = {"values": values, "total": sum(values), "half": scale(7, by=0.5)}


def mean(xs, *, weights=None):
    if weights is None:
        weights = [1] * len(xs)
    return sum(x * w for x, w in zip(xs, weights)) / sum(weights)


def check(limit):
    if summary["total"] > limit:
        raise ValueError(f"total {summary['total']} is over {limit}")
    return True
