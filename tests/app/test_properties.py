"""Property-based tests: arbitrary text (all of Unicode, control and format characters, markup,
very long strings) through every text field, the store, the history, every export and the screens.

What the program promises to keep: the text as :func:`tui_app.model.clean_text` leaves it (no
control, bidirectional or invisible format character; new lines only in multi-line fields;
trimmed; SARA AM as one character), refused with a message when empty (a required field) or over
the field's limit, and then the file is left exactly as it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui_app.app import TuiApp
from tui_app.changes import RenameDimension, SetMeasureField, SetPlanField, SetStepText
from tui_app.errors import ValidationError
from tui_app.export import EXPORT_FORMATS, FORMATS, ExportOptions, render
from tui_app.model import LONG_TEXT_LIMIT, Plan, clean_text
from tui_app.store import PlanStore
from tui_app.store.plan_store import sample_bytes

# every code point but lone surrogates (which cannot be encoded), weighted towards the ones that
# cause trouble: controls, format characters, Thai marks, markup
TRICKY = "\x00\x07\x1b[31m\t\r\n\u200b\u200d\u202e\u2066\ufeff\u00ad\u0e33\u0e4d\u0e32\u0e31\u0e48[b]x[/b][link=x]"
ANY_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=80),
    st.text(st.sampled_from(TRICKY), max_size=40),
    st.text(st.sampled_from("กขค ัิ่้ำ\n["), min_size=1990, max_size=2010),  # around the one-line limit
    st.builds(lambda n: "ก" * n, st.integers(LONG_TEXT_LIMIT - 2, LONG_TEXT_LIMIT + 2)),  # around the long limit
)

MEASURE_TEXT = ("title", "mission", "remarks", "result")
PLAN_TEXT = ("organization", "plan_title", "plan_period", "reporter", "position", "problems", "suggestions")
FIELDS = st.sampled_from(
    [("measure", f) for f in MEASURE_TEXT]
    + [("plan", f) for f in PLAN_TEXT]
    + [("step", "text"), ("dimension", "title")]
)
_FORBIDDEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff\u00ad]")


def fresh_store() -> PlanStore:
    path = Path(tempfile.mkdtemp()) / "plan.json"
    path.write_bytes(sample_bytes())
    return PlanStore(path)


def make_change(kind: str, name: str, text: str):
    if kind == "measure":
        return SetMeasureField("m01", name, text)
    if kind == "plan":
        return SetPlanField(name, text)
    if kind == "step":
        return SetStepText("m01", "m01s01", text)
    return RenameDimension(1, text)


def stored_value(plan: Plan, kind: str, name: str) -> str:
    if kind == "measure":
        return getattr(plan.measure("m01"), name)
    if kind == "plan":
        return getattr(plan, name)
    if kind == "step":
        return plan.measure("m01").step("m01s01").text
    return plan.dimension(1).title


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=FIELDS, text=ANY_TEXT)
def test_any_text_is_kept_as_cleaned_or_refused_leaving_the_file_as_it_was(field, text):
    kind, name = field
    store = fresh_store()
    before = store.path.read_bytes()
    try:
        change = make_change(kind, name, text)
        store.apply(change)
    except ValidationError:
        assert store.path.read_bytes() == before
        return
    kept = stored_value(store.load(), kind, name)
    multiline = "\n" in kept
    assert kept == clean_text(text, multiline=multiline) or kept == clean_text(text, multiline=True)
    assert kept == clean_text(kept, multiline=True)  # reading it again changes nothing
    assert not _FORBIDDEN.search(kept)
    assert kept == kept.strip()
    # the history holds exactly what the file holds
    entries = store.history()
    if entries:
        assert entries[-1]["after"] == kept


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(ANY_TEXT, min_size=4, max_size=4))
def test_every_export_renders_any_text_without_a_control_character(texts):
    store = fresh_store()
    for name, text in zip(("title", "remarks", "result", "mission"), texts, strict=True):
        with contextlib.suppress(ValidationError):
            store.apply(SetMeasureField("m01", name, text))
    plan = store.load()
    for fmt in FORMATS:
        data = render(plan, ExportOptions(format=fmt))
        assert data
        if not EXPORT_FORMATS[fmt].binary:
            out = data.decode("utf-8-sig")
            assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x1b]", out)
            if fmt in ("csv", "tsv"):  # formula-safe: no cell starts a formula
                tsv = fmt == "tsv"
                quoting = csv.QUOTE_NONE if tsv else csv.QUOTE_MINIMAL
                rows = csv.reader(io.StringIO(out), delimiter="\t" if tsv else ",", quoting=quoting)
                assert not [c for row in rows for c in row if c[:1] in ("=", "+", "-", "@") and c[1:2].strip()]


async def _walk_every_screen(path: Path) -> None:
    store = PlanStore(path)
    store.open()
    app = TuiApp(store=store, lang="th", poll_seconds=3600)
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in (["1"], ["enter"], ["h"], ["escape", "escape", "escape"], ["t"], ["escape"], ["p"],
                     ["escape"], ["h"], ["escape"], ["f1"], ["escape"], ["ctrl+t"]):
            await pilot.press(*keys)
            await pilot.pause()
        assert app.is_running


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(ANY_TEXT, min_size=6, max_size=6))
def test_every_screen_renders_any_text(texts):
    store = fresh_store()
    changes = [
        lambda t: SetMeasureField("m01", "title", t),
        lambda t: SetMeasureField("m01", "remarks", t),
        lambda t: SetMeasureField("m01", "result", t),
        lambda t: SetStepText("m01", "m01s01", t),
        lambda t: SetPlanField("reporter", t),
        lambda t: RenameDimension(1, t),
    ]
    for make, text in zip(changes, texts, strict=True):
        with contextlib.suppress(ValidationError):
            store.apply(make(text))
    asyncio.run(_walk_every_screen(store.path))
