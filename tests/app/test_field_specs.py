"""The one declaration of a measure's fields (``tui_app.field_specs``) drives the screens, the
changes and the change history.

Every declared field of a measure is walked through the measure screen as a person does it
(keys and clicks), then looked for in the file and in the history under its declared label; a
field declared differently is shown and saved differently with no other code changed; the plan
details form shows every declared plan field; the changes check a value with the declared parser.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import open_measure, screen_text, settle, stored_plan
from textual.widgets import Input, Label

from tui_app import history
from tui_app.changes import RenameDimension, SetMeasureField, SetNationalField, SetPlanField
from tui_app.errors import ValidationError
from tui_app.field_specs import MEASURE_FIELDS, PLAN_FIELDS, Editor, FieldSpec
from tui_app.i18n import t
from tui_app.screens.dialogs import PromptDialog
from tui_app.screens.measure import FieldTextArea, MeasureScreen
from tui_app.screens.national import NationalDialog
from tui_app.screens.plan_details import PlanDetailsScreen, StructureTree
from tui_app.store import PlanStore

SIZE = (120, 40)

#: what is typed into each kind of field (a choice is moved to another entry instead)
TYPED = {Editor.LINE: "typed {name}", Editor.TEXT: "typed {name}", Editor.AMOUNT: "1234.5"}


def label(spec: FieldSpec, lang: str = "en") -> str:
    text = t(spec.label_key, lang)
    return text[:1].upper() + text[1:]


def on_screen(kind: Editor) -> list[FieldSpec]:
    return [spec for spec in MEASURE_FIELDS.values() if spec.editor is kind]


def line_key(name: str) -> str:
    """The key that asks for a one-line field of the heading (the first of its binding's keys)."""
    for binding in MeasureScreen.BINDINGS:
        if getattr(binding, "action", None) == f"edit_line('{name}')":
            return binding.key.split(",")[0]  # type: ignore[union-attr]
    raise AssertionError(f"no key asks for the field {name!r}")


async def edit(pilot, screen: MeasureScreen, spec: FieldSpec, current: object) -> object:
    """Change the field as a person does; returns the value the file should then hold."""
    name = spec.name
    if spec.editor is Editor.LINE:
        await pilot.press(line_key(name))
        await pilot.pause()
        assert isinstance(pilot.app.screen, PromptDialog)
        typed = TYPED[spec.editor].format(name=name)
        await pilot.press("end", "ctrl+u", *typed, "enter")
    elif spec.editor is Editor.TEXT:
        await pilot.click(f"#{name}")
        typed = TYPED[spec.editor].format(name=name)
        await pilot.press("f7", *typed, "escape")  # f7: select all; leaving the field saves it
    elif spec.editor is Editor.AMOUNT:
        await pilot.click(f"#{name}")
        typed = TYPED[spec.editor]
        await pilot.press("end", "ctrl+u", *typed, "enter")
    elif spec.editor is Editor.CHOICE:
        assert spec.choices is not None
        members = list(spec.choices)
        target = members[1] if current is members[0] else members[0]
        steps = members.index(target) - members.index(current)
        await pilot.click(f"#{name}")  # opens the list
        await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps), "enter")
        await settle(pilot)
        return target
    else:
        raise AssertionError(f"the test does not know how to edit a {spec.editor} field ({name})")
    await settle(pilot)
    return spec.parse(typed)


async def test_every_declared_field_is_on_the_measure_screen_is_edited_there_and_named_in_the_history(
    app_factory, plan_path: Path
) -> None:
    editable = [spec for spec in MEASURE_FIELDS.values() if spec.editor is not Editor.NONE]
    assert {"title", "status", "budget", "result"} <= {spec.name for spec in editable}
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        assert isinstance(screen, MeasureScreen)
        text = screen_text(app)
        before = stored_plan(plan_path).measure("m01")
        for spec in editable:
            if spec.name != "title":  # the title is the heading itself
                assert label(spec) in text, spec.name
        expected = {}
        for spec in editable:
            expected[spec.name] = await edit(pilot, screen, spec, getattr(before, spec.name))
            assert app.screen is screen, f"still on the measure screen after editing {spec.name}"
    after = stored_plan(plan_path).measure("m01")
    assert {name: getattr(after, name) for name in expected} == expected
    assert after.budget == Decimal("1234.50")
    named = {
        entry["field"]: history.field_label(entry, "en")
        for entry in PlanStore(plan_path).history()
        if entry.get("target") == "measure" and entry.get("measure") == "m01"
    }
    assert {name: named.get(name) for name in expected} == {
        spec.name: t(spec.label_key, "en") for spec in editable
    }


async def test_a_field_declared_as_multi_line_is_edited_in_place_with_no_other_code_changed(
    app_factory, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mission, declared as a one-line field asked for in a dialog, declared instead as a
    multi-line field: the screen gives it a text area under the checklist, labelled, which saves."""
    monkeypatch.setitem(MEASURE_FIELDS, "mission", replace(MEASURE_FIELDS["mission"], editor=Editor.TEXT))
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        area = screen.query_one("#mission", FieldTextArea)
        assert not screen.query("#measure-mission")  # no longer in the heading
        assert "Mission" in screen_text(app)
        assert area.text == stored_plan(plan_path).measure("m01").mission
        await pilot.click("#mission")
        await pilot.press("f7", *"a mission typed in place", "escape")
        await settle(pilot)
    assert stored_plan(plan_path).measure("m01").mission == "a mission typed in place"


async def test_plan_details_shows_every_declared_plan_field_with_its_label(app_factory) -> None:
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(PlanDetailsScreen())
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanDetailsScreen)
        labels = [str(label.render()) for label in screen.query(".form-label")]
        for spec in PLAN_FIELDS.values():
            assert screen.editor(spec.name).spec is spec
            assert label(spec) in labels, spec.name


def test_the_changes_check_a_value_with_the_declared_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    assert SetMeasureField("m01", "budget", "1,000").value == Decimal("1000.00")
    with pytest.raises(ValidationError):
        SetMeasureField("m01", "budget", "abc")
    with pytest.raises(ValueError, match="no field"):
        SetMeasureField("m01", "quarter", "1")
    with pytest.raises(ValueError, match="no field"):
        SetPlanField("quarter", "1")
    # declared differently, checked differently
    monkeypatch.setitem(MEASURE_FIELDS, "remarks", replace(MEASURE_FIELDS["remarks"], parse=str.upper))
    assert SetMeasureField("m01", "remarks", "abc").value == "ABC"
    monkeypatch.setitem(PLAN_FIELDS, "reporter", replace(PLAN_FIELDS["reporter"], parse=str.upper))
    assert SetPlanField("reporter", "abc").value == "ABC"


async def test_renaming_in_plan_details_asks_again_with_their_name_for_a_dimension_and_a_measure(
    app_factory, plan_path: Path
) -> None:
    """Renaming a dimension and renaming a measure go through the one dialog cycle the measure
    screen's title uses: after someone else's rename the dialog opens again with the typed name
    and theirs in the question, and enter saves over theirs on purpose."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(PlanDetailsScreen())
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanDetailsScreen)
        screen.query_one(StructureTree).focus()
        def dimension_4() -> str:
            return stored_plan(plan_path).dimension(4).title

        def measure_m01() -> str:
            return stored_plan(plan_path).measure("m01").title

        cases = (
            (("dimension", 4), RenameDimension(4, "ชื่อมิติของเขา"), dimension_4),
            (("measure", "m01"), SetMeasureField("m01", "title", "ชื่อของเขา"), measure_m01),
        )
        for data, rename, stored in cases:
            theirs = rename.title if isinstance(rename, RenameDimension) else rename.value
            screen._move_to(data)
            await pilot.pause()
            await pilot.press("r")
            await pilot.pause()
            assert isinstance(app.screen, PromptDialog)
            PlanStore(plan_path).apply(rename)
            await pilot.press(*" mine", "enter")
            await pilot.pause()
            assert isinstance(app.screen, PromptDialog), data
            assert theirs in str(app.screen.query_one("#dialog-message").content)
            assert app.screen.query_one(Input).value.endswith(" mine")  # what was typed, given back
            assert stored() == theirs
            await pilot.press("enter")  # seen: saved over theirs on purpose
            await settle(pilot)
            assert stored().endswith(" mine") and app.screen is screen


async def test_the_national_form_gives_back_what_was_typed_after_someone_elses_change(
    app_factory, plan_path: Path
) -> None:
    """The national fields' form meets a conflict as the other fields do: nothing typed is lost,
    the other person's value is shown, F2 then saves over it on purpose."""
    app = app_factory(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_measure(pilot, "m01")
        await pilot.press("g")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NationalDialog)
        dialog.query_one("#nat-quarters", Input).value = "1,2"
        dialog.query_one("#nat-indicator", Input).value = "ITA mine"
        PlanStore(plan_path).apply(SetNationalField("m01", "indicator", "ITA theirs"))
        await pilot.press("f2")
        await settle(pilot)
        again = app.screen
        assert isinstance(again, NationalDialog) and again is not dialog
        assert again.query_one("#nat-indicator", Input).value == "ITA mine"  # given back
        assert "ITA theirs" in str(again.query_one("#national-conflict", Label).content)
        national = stored_plan(plan_path).measure("m01").national
        assert national.indicator == "ITA theirs" and national.quarters == (1, 2)  # saved before it
        await pilot.press("f2")  # seen: saved over theirs on purpose
        await settle(pilot)
        assert app.screen is screen
        assert stored_plan(plan_path).measure("m01").national.indicator == "ITA mine"
