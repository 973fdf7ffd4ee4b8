"""The message catalogue: every word the program shows, in Thai (the default) and English.

Screens, the command line and the reports ask :func:`t` for their labels; no screen spells out
its own. Add a key here with both languages when you add a label.
"""

from __future__ import annotations

import os

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"

MESSAGES: dict[str, dict[str, str]] = {
    # --- input checks ---
    "error.amount_not_number": {
        "th": "“{text}” ไม่ใช่จำนวนเงิน: ใช้ตัวเลขและจุดทศนิยมเดียว เช่น 12,500.00",
        "en": "“{text}” is not an amount: use digits and one decimal point, e.g. 12,500.00",
    },
    "error.amount_negative": {"th": "จำนวนเงินติดลบไม่ได้", "en": "An amount cannot be negative."},
    "error.amount_too_large": {"th": "จำนวนเงินมากเกินไป", "en": "That amount is too large."},
    "error.empty": {"th": "{what}ว่างไม่ได้", "en": "The {what} cannot be empty."},
    "error.number_not_whole": {
        "th": "“{text}” ไม่ใช่จำนวนเต็มบวก",
        "en": "“{text}” is not a positive whole number.",
    },
    "error.date": {
        "th": "“{text}” ไม่ใช่วันที่: ใช้ วว/ดด/ปปปป (พ.ศ.) เช่น 06/11/2566",
        "en": "“{text}” is not a date: use DD/MM/YYYY (Buddhist Era), e.g. 06/11/2566",
    },
    "error.no_dimension": {"th": "ไม่มีมิติที่ {number}", "en": "There is no dimension {number}."},
    "error.dimension_exists": {"th": "มีมิติที่ {number} อยู่แล้ว", "en": "Dimension {number} already exists."},
    "error.dimension_not_empty": {
        "th": "มิติที่ {number} ยังมี {count} รายการ: ย้ายหรือลบรายการก่อน",
        "en": "Dimension {number} still holds {count} items: move or remove them first.",
    },
    "error.gone": {
        "th": "รายการนี้ถูกลบโดยผู้อื่นแล้ว",
        "en": "Someone else removed this item.",
    },
    "error.conflict": {
        "th": "มีผู้อื่นแก้ไข{what}นี้ก่อน: ข้อความของคุณยังอยู่บนจอ ยังไม่ได้บันทึก",
        "en": "Someone else changed this {what} first: your text is still on screen, not saved.",
    },
    "warning.disbursed_over_budget": {
        "th": "เบิกจ่าย {disbursed} บาท มากกว่างบประมาณ {budget} บาท",
        "en": "Disbursed {disbursed} baht is more than the budget of {budget} baht.",
    },
    # --- the data file ---
    "store.empty": {
        "th": "{path}: ไฟล์ข้อมูลว่างเปล่า (ไม่ได้แก้ไขไฟล์; กู้คืนจากสำเนาสำรอง)",
        "en": "{path}: the data file is empty (left untouched; restore it from a backup)",
    },
    "store.not_utf8": {
        "th": "{path}: ไฟล์ข้อมูลไม่ใช่ข้อความ UTF-8 (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: the data file is not UTF-8 text (left untouched)",
    },
    "store.not_json": {
        "th": "{path}: ไฟล์ข้อมูลเสียหายหรือถูกตัดขาด ({detail}) (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: the data file is damaged or cut short ({detail}) (left untouched)",
    },
    "store.not_plan": {
        "th": "{path}: ไม่ใช่ไฟล์ข้อมูลแผนของโปรแกรมนี้ (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: this is not a plan data file of this program (left untouched)",
    },
    "store.unknown_schema": {
        "th": "{path}: รุ่นของไฟล์ข้อมูล ({version}) ไม่รู้จัก โปรแกรมนี้อ่านรุ่น {supported} (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: unknown data file version {version}; this program reads version {supported} (left untouched)",
    },
    "store.bad_record": {
        "th": "{path}: ข้อมูลในไฟล์ผิดรูปแบบ ({detail}) (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: a record in the data file is malformed ({detail}) (left untouched)",
    },
    "store.unreadable": {
        "th": "{path}: อ่านไฟล์ข้อมูลไม่ได้ ({detail})",
        "en": "{path}: cannot read the data file ({detail})",
    },
    "store.write_failed": {
        "th": "{path}: บันทึกไม่สำเร็จ ({detail}) ข้อมูลเดิมในไฟล์ยังอยู่ครบ",
        "en": "{path}: could not save ({detail}); the file still holds what it held",
    },
    "store.locked": {
        "th": "{path}: ไฟล์ข้อมูลถูกล็อกโดยผู้อื่นนานเกินไป ลองอีกครั้ง",
        "en": "{path}: someone else has held the data file's lock too long; try again",
    },
    "store.no_year": {
        "th": "{path}: ไม่มีข้อมูลปีงบประมาณ {year} (มี: {years})",
        "en": "{path}: there is no fiscal year {year} (there are: {years})",
    },
    "store.no_plan": {
        "th": "{path}: ไฟล์ยังไม่มีแผนใดเลย",
        "en": "{path}: the file holds no plan yet",
    },
    # --- dialogs ---
    "dialog.yes": {"th": "ใช่ (y)", "en": "Yes (y)"},
    "dialog.no": {"th": "ไม่ (n)", "en": "No (n)"},
    "dialog.enter_escape": {"th": "Enter ตกลง · Esc ยกเลิก", "en": "Enter to accept · Esc to cancel"},
    # --- field names (used inside messages) ---
    "field.title": {"th": "ชื่อรายการ", "en": "title"},
    "field.dimension_title": {"th": "ชื่อมิติ", "en": "dimension title"},
    "field.step": {"th": "ข้อความขั้นตอน", "en": "step text"},
    "field.organization": {"th": "ชื่อหน่วยงาน", "en": "organization"},
    "field.result": {"th": "ผลการดำเนินการ", "en": "result"},
    "field.remarks": {"th": "หมายเหตุ", "en": "remarks"},
    "field.mission": {"th": "ภารกิจตามมิติ", "en": "mission"},
    "field.plan_title": {"th": "ชื่อแผน", "en": "plan title"},
    "field.plan_period": {"th": "ระยะเวลาของแผน", "en": "plan period"},
    "field.reporter": {"th": "ผู้รายงาน", "en": "reporter"},
    "field.position": {"th": "ตำแหน่ง", "en": "position"},
    "field.problems": {"th": "ปัญหา อุปสรรค", "en": "problems"},
    "field.suggestions": {"th": "ข้อเสนอแนะ", "en": "suggestions"},
    "field.round_months": {"th": "รอบการรายงาน (เดือน)", "en": "round (months)"},
    "field.as_of": {"th": "ข้อมูล ณ วันที่", "en": "as-of date"},
}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text of ``key`` in ``lang`` (Thai when unknown), with ``params`` filled in."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return template.format(**params) if params else template


def default_language() -> str:
    """``TUI_APP_LANG`` if set to a known language, else Thai."""
    lang = os.environ.get("TUI_APP_LANG", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
