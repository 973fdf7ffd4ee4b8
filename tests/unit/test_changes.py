"""tui_app.changes on a plan in memory: each change checks and normalises its value when it is
built, applies to the plan, refuses what someone else changed meanwhile (``expected``) and names
a record that is gone. (Saving them is the store's: tests/unit/test_store.py, tests/unit/test_session.py.)"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from conftest import stored_plan

from tui_app.changes import (
    AddDimension,
    AddMeasure,
    AddStep,
    MoveStep,
    RemoveDimension,
    RemoveMeasure,
    RemoveStep,
    RenameDimension,
    SetMeasureField,
    SetPlanField,
    SetStepDone,
    SetStepText,
    describe_value,
    parse_be_date,
    parse_positive_int,
)
from tui_app.errors import ConflictError, GoneError, Term, ValidationError
from tui_app.model import Kind, Plan, Status


@pytest.fixture()
def plan(plan_path) -> Plan:
    return stored_plan(plan_path)


def step_texts(plan: Plan, uid: str) -> list[str]:
    return [s.text for s in plan.measure(uid).steps]


def test_ticking_a_step_and_the_conflict_when_someone_else_unticked_it(plan: Plan) -> None:
    SetStepDone("m01", "m01s01", True, expected=False).apply(plan)
    assert plan.measure("m01").steps[0].done is True
    SetStepDone("m01", "m01s01", True, expected=False).apply(plan)  # the same tick twice: no conflict
    with pytest.raises(ConflictError) as caught:
        SetStepDone("m01", "m01s01", False, expected=False).apply(plan)  # it was ticked meanwhile
    assert caught.value.params["now"] == Term("value.done")


def test_steps_are_added_edited_moved_and_removed(plan: Plan) -> None:
    first, second = (s.uid for s in plan.measure("m01").steps[:2])
    before = step_texts(plan, "m01")
    add = AddStep("m01", "  ขั้นใหม่  ", after_uid=first)
    add.apply(plan)
    assert step_texts(plan, "m01") == [before[0], "ขั้นใหม่", *before[1:]]
    SetStepText("m01", add.uid, "แก้แล้ว", expected="ขั้นใหม่").apply(plan)
    assert step_texts(plan, "m01")[1] == "แก้แล้ว"
    with pytest.raises(ConflictError):
        SetStepText("m01", add.uid, "ของฉัน", expected="ขั้นใหม่").apply(plan)
    MoveStep("m01", add.uid, -1).apply(plan)
    MoveStep("m01", add.uid, -1).apply(plan)  # already first: stays
    assert step_texts(plan, "m01")[:3] == ["แก้แล้ว", before[0], before[1]]
    RemoveStep("m01", add.uid).apply(plan)
    assert step_texts(plan, "m01") == before
    with pytest.raises(GoneError):
        MoveStep("m01", add.uid, 1).apply(plan)
    assert plan.measure("m01").steps[1].uid == second


def test_an_empty_step_is_refused_when_the_change_is_built() -> None:
    with pytest.raises(ValidationError):
        AddStep("m01", "   ")


def test_measure_fields_are_parsed_when_the_change_is_built(plan: Plan) -> None:
    assert SetMeasureField("m01", "budget", "๑,๒๐๐.๕").value == Decimal("1200.50")
    assert SetMeasureField("m01", "budget", "").value is None  # not given
    assert SetMeasureField("m01", "status", "completed").value is Status.COMPLETED
    assert SetMeasureField("m01", "remarks", "a\r\nb\x1b[31m").value == "a\nb"
    with pytest.raises(ValidationError):
        SetMeasureField("m01", "budget", "twelve")
    with pytest.raises(ValueError, match="no field"):
        SetMeasureField("m01", "colour", "red")


def test_a_chosen_value_conflicts_only_when_the_file_holds_a_third_one(plan: Plan) -> None:
    SetMeasureField("m02", "status", "cannot").apply(plan)
    with pytest.raises(ConflictError) as caught:
        SetMeasureField("m02", "status", "completed", expected=Status.WAITING).apply(plan)
    assert caught.value.params["now"] == Term("status.cannot")
    SetMeasureField("m02", "status", "cannot", expected=Status.WAITING).apply(plan)  # the same choice


def test_moving_a_measure_to_another_dimension_numbers_the_plan_again(plan: Plan) -> None:
    SetMeasureField("m01", "dimension", 4).apply(plan)
    moved = plan.measure("m01")
    assert moved.dimension == 4
    assert moved.order == max(m.order for m in plan.measures_of(4))  # last in its new dimension
    with pytest.raises(ValidationError):
        SetMeasureField("m01", "dimension", 9).apply(plan)  # no such dimension


def test_measures_are_added_and_removed_and_numbered_again(plan: Plan) -> None:
    count = len(plan.measures)
    add = AddMeasure("โครงการใหม่", 1, Kind.ACTIVITY)
    add.apply(plan)
    added = plan.measure(add.uid)
    assert added.budget is None and added.disbursed is None and added.kind is Kind.ACTIVITY
    assert added.order == max(m.order for m in plan.measures_of(1))
    RemoveMeasure(add.uid).apply(plan)
    assert len(plan.measures) == count
    assert sorted(m.order for m in plan.measures) == list(range(1, count + 1))
    with pytest.raises(GoneError):
        SetMeasureField(add.uid, "title", "x").apply(plan)


def test_plan_fields(plan: Plan) -> None:
    SetPlanField("as_of", "๓๑/๑/๒๕๖๗").apply(plan)
    assert plan.as_of == date(2024, 1, 31)
    SetPlanField("as_of", "").apply(plan)
    assert plan.as_of is None
    with pytest.raises(ValidationError):
        SetPlanField("organization", "  ")
    with pytest.raises(ConflictError):
        SetPlanField("reporter", "me", expected="not what the file holds").apply(plan)


def test_dimensions(plan: Plan) -> None:
    AddDimension(5, "มิติใหม่").apply(plan)
    assert [d.number for d in plan.dimensions][-1] == 5
    with pytest.raises(ValidationError):
        AddDimension(5, "ซ้ำ").apply(plan)
    RenameDimension(5, "ชื่อใหม่", expected="มิติใหม่").apply(plan)
    assert plan.dimension(5).title == "ชื่อใหม่"
    with pytest.raises(ConflictError):
        RenameDimension(5, "อีกชื่อ", expected="มิติใหม่").apply(plan)
    with pytest.raises(ValidationError) as caught:
        RemoveDimension(1).apply(plan)  # still holds measures
    assert caught.value.key == "error.dimension_not_empty"
    RemoveDimension(5).apply(plan)
    assert 5 not in [d.number for d in plan.dimensions]


def test_parsing_helpers() -> None:
    assert parse_positive_int(" ๑๒ ") == 12
    for bad in ("0", "-1", "1.5", "x"):
        with pytest.raises(ValidationError):
            parse_positive_int(bad)
    assert parse_be_date("6.11.2566") == date(2023, 11, 6)
    assert parse_be_date("") is None
    with pytest.raises(ValidationError):
        parse_be_date("31/02/2566")


def test_describe_value_names_a_stored_value() -> None:
    assert describe_value(True) == Term("value.done")
    assert describe_value(Kind.MEASURE) == Term("kind.measure")
    assert describe_value(Decimal("1234.5")) == "1,234.50"
    assert describe_value(None) == Term("money.not_given")
