"""Money arithmetic and the summary, a pure function of the records."""

from decimal import Decimal

import pytest

from tui_app.errors import ValidationError
from tui_app.model import DEFAULT_LEVEL_BANDS, LevelBand, Measure, Status
from tui_app.money import format_money, parse_money, percent
from tui_app.summary import implementation_percent, level_for, summarize


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("0", "0.00"),
        ("1,234.5", "1234.50"),
        (" 12 500 ", "12500.00"),
        ("๑๒๓.๔๕", "123.45"),
        ("0.005", "0.01"),  # half up, as accountants round
        ("0.1", "0.10"),
    ],
)
def test_parse_money_accepts_what_people_type(typed, value):
    assert parse_money(typed) == Decimal(value)
    assert str(parse_money(typed)) == value


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("12a", "error.amount_not_number"),
        ("abc", "error.amount_not_number"),
        ("1.2.3", "error.amount_not_number"),
        ("1e5", "error.amount_not_number"),
        ("NaN", "error.amount_not_number"),
        ("-5", "error.amount_negative"),
        ("99999999999999999", "error.amount_too_large"),
    ],
)
def test_parse_money_refuses_bad_input_with_a_message(typed, key):
    with pytest.raises(ValidationError) as info:
        parse_money(typed)
    assert info.value.key == key
    assert info.value.message("th") and info.value.message("en") != info.value.message("th")


def test_money_is_exact_not_float():
    total = sum((parse_money("0.10") for _ in range(10)), Decimal("0.00"))
    assert total == Decimal("1.00")  # 0.1 * 10 as floats is 0.9999999999999999
    assert format_money(total) == "1.00"
    assert format_money(parse_money("1234567.5")) == "1,234,567.50"


def test_percent_of_zero_budget_is_zero():
    assert percent(Decimal("0.00"), Decimal("0.00")) == Decimal("0.00")
    assert percent(Decimal("50"), Decimal("200")) == Decimal("25.00")
    assert percent(Decimal("1"), Decimal("3")) == Decimal("33.33")


def _measures(*statuses, budget="0", disbursed="0"):
    return [
        Measure(
            order=i + 1,
            title=f"m{i}",
            dimension=1,
            status=s,
            budget=parse_money(budget),
            disbursed=parse_money(disbursed),
        )
        for i, s in enumerate(statuses)
    ]


def test_summary_of_the_source_document_figures():
    measures = _measures(*([Status.IN_PROGRESS] * 5 + [Status.COMPLETED] * 10))
    s = summarize(measures)
    assert s.total == 15
    assert [s.count(st) for st in Status] == [0, 5, 10, 0]
    assert s.implementation_percent == Decimal("83.33")
    assert s.level.thai == "มาก"
    assert s.disbursed == Decimal("0.00") and s.disbursed_percent == Decimal("0.00")


def test_summary_with_no_measures():
    s = summarize([])
    assert s.total == 0
    assert s.implementation_percent == Decimal("0.00")
    assert s.disbursed_percent == Decimal("0.00")
    assert s.level == DEFAULT_LEVEL_BANDS[-1]


def test_summary_all_cannot_be_carried_out():
    s = summarize(_measures(Status.CANNOT, Status.CANNOT, Status.CANNOT))
    assert s.count(Status.CANNOT) == 3
    assert s.implementation_percent == Decimal("0.00")
    assert s.level.english == "very low"


def test_summary_money_and_disbursement_percent():
    s = summarize(_measures(Status.COMPLETED, Status.WAITING, budget="1,000.00", disbursed="333.33"))
    assert s.budget == Decimal("2000.00")
    assert s.disbursed == Decimal("666.66")
    assert s.disbursed_percent == Decimal("33.33")
    assert s.implementation_percent == Decimal("50.00")


def test_level_bands_edges_and_override():
    assert level_for(Decimal("90.00")).thai == "มากที่สุด"
    assert level_for(Decimal("89.99")).thai == "มาก"
    assert level_for(Decimal("70.00")).thai == "มาก"
    assert level_for(Decimal("69.99")).thai == "ปานกลาง"
    own = (LevelBand(80, "ดีมาก", "very good"), LevelBand(0, "ต้องปรับปรุง", "needs work"))
    assert level_for(Decimal("83.33"), own).thai == "ดีมาก"
    assert level_for(Decimal("79.99"), own).thai == "ต้องปรับปรุง"


def test_implementation_percent_counts_half_for_in_progress():
    counts = {Status.WAITING: 1, Status.IN_PROGRESS: 1, Status.COMPLETED: 1, Status.CANNOT: 1}
    assert implementation_percent(counts, 4) == Decimal("37.50")
