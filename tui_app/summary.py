"""The summary of a plan (สรุปผลการขับเคลื่อนแผนฯ): a pure function of its records.

An amount not given (``None``) counts as no amount: it adds nothing to the budget or to what
was disbursed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from tui_app.flags import Flag, RoundThresholds, flag_for
from tui_app.model import DEFAULT_LEVEL_BANDS, LevelBand, Measure, Status
from tui_app.money import ZERO, percent, total


@dataclass(frozen=True)
class Summary:
    total: int
    counts: dict[Status, int]
    budget: Decimal
    disbursed: Decimal
    disbursed_percent: Decimal
    implementation_percent: Decimal
    level: LevelBand
    #: the national system's flag of the round (:mod:`tui_app.flags`); ``None`` when no round was given
    flag: Flag | None = None

    def count(self, status: Status) -> int:
        return self.counts[status]

    @property
    def over_budget(self) -> bool:
        """More was disbursed than budgeted: the disbursement percent is above 100 (or the
        budget is 0.00 and its percent reads 0.00), which needs a warning beside it."""
        return self.disbursed > self.budget


def implementation_percent(counts: dict[Status, int], total: int) -> Decimal:
    """(completed + ½ × in progress) ÷ all measures × 100, to two places (0.00 for no measures).

    The rule of the national reporting system; the source document's (10 + 2.5) ÷ 15 = 83.33.
    """
    if total == 0:
        return ZERO
    score = Decimal(counts[Status.COMPLETED]) + Decimal(counts[Status.IN_PROGRESS]) / 2
    return (score * 100 / total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def level_for(value: Decimal, bands: Sequence[LevelBand] = DEFAULT_LEVEL_BANDS) -> LevelBand:
    """The band of the highest ``minimum`` that ``value`` reaches (the lowest band otherwise)."""
    ordered = sorted(bands, key=lambda b: b.minimum, reverse=True)
    for band in ordered:
        if value >= Decimal(str(band.minimum)):
            return band
    return ordered[-1]


def summarize(
    measures: Iterable[Measure],
    bands: Sequence[LevelBand] = DEFAULT_LEVEL_BANDS,
    *,
    round_months: int | None = None,
    thresholds: dict[int, RoundThresholds] | None = None,
) -> Summary:
    """Counts, money and the implementation level of ``measures``; with ``round_months``, the flag too."""
    items = list(measures)
    counts = {status: 0 for status in Status}
    for m in items:
        counts[m.status] += 1
    budget = total(m.budget for m in items)
    disbursed = total(m.disbursed for m in items)
    impl = implementation_percent(counts, len(items))
    return Summary(
        total=len(items),
        counts=counts,
        budget=budget,
        disbursed=disbursed,
        disbursed_percent=percent(disbursed, budget),
        implementation_percent=impl,
        level=level_for(impl, bands),
        flag=None if round_months is None else flag_for(impl, round_months, thresholds),
    )
