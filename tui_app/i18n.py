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
    "error.too_long": {
        "th": "{what}ยาว {length:,} ตัวอักษร เกินที่รับได้ {limit:,} ตัวอักษร",
        "en": "The {what} is {length:,} characters long; the limit is {limit:,} characters.",
    },
    "error.number_not_whole": {
        "th": "“{text}” ไม่ใช่จำนวนเต็มบวก",
        "en": "“{text}” is not a positive whole number.",
    },
    "error.date": {
        "th": "“{text}” ไม่ใช่วันที่: ใช้ วว/ดด/ปปปป (พ.ศ.) เช่น 06/11/2566",
        "en": "“{text}” is not a date: use DD/MM/YYYY (Buddhist Era), e.g. 06/11/2566",
    },
    "error.percent": {
        "th": "“{text}” ไม่ใช่ร้อยละ: ใช้ตัวเลข 0 ถึง 100 เช่น 49.99",
        "en": "“{text}” is not a percent: use a number from 0 to 100, e.g. 49.99",
    },
    "error.round_months": {
        "th": "“{text}” ไม่ใช่รอบรายงาน: ใช้ {rounds} (เดือน)",
        "en": "“{text}” is not a reporting round: use {rounds} (months)",
    },
    "error.quarters": {
        "th": "“{text}” ไม่ใช่ไตรมาส: ใช้ 1 ถึง 4 คั่นด้วยจุลภาค เช่น 1,3",
        "en": "“{text}” is not a list of quarters: use 1 to 4 separated by commas, e.g. 1,3",
    },
    "error.cannot_reason": {
        "th": "เลือกเหตุที่ไม่สามารถดำเนินการได้ก่อน",
        "en": "Choose why it cannot be carried out first.",
    },
    "error.cannot_other": {
        "th": "เหตุ “อื่น ๆ” ต้องระบุรายละเอียด",
        "en": "The reason “other” needs its words.",
    },
    "error.flag_order": {
        "th": "เกณฑ์สีส้มของรอบ {months} เดือน ({orange}) ต้องไม่สูงกว่าเกณฑ์สีเขียว ({green})",
        "en": "The orange threshold of the {months}-month round ({orange}) cannot be above the green one ({green}).",
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
    "conflict.heading": {
        "th": "{field}: ผู้อื่นบันทึกไว้ก่อนแล้วว่า",
        "en": "{field}: someone else saved this first",
    },
    "conflict.empty": {"th": "(ว่าง)", "en": "(empty)"},
    "conflict.field_keys": {
        "th": "ข้อความของคุณยังอยู่ในช่อง · ctrl+o / F2 บันทึกของคุณทับ · ctrl+r ใช้ของผู้อื่น",
        "en": "Your text is still in the field · ctrl+o / F2 save yours over it · ctrl+r take theirs",
    },
    "conflict.dialog": {
        "th": "ผู้อื่นบันทึกไว้ก่อนแล้วว่า: “{theirs}”\nEnter บันทึกข้อความของคุณทับ · Esc ใช้ของผู้อื่น",
        "en": "Someone else saved this first: “{theirs}”\nEnter saves your text over it · Esc keeps theirs",
    },
    "history.undo_conflict_plain": {
        "th": "ย้อนกลับไม่ได้: มีผู้อื่นแก้ไข{what}นี้ภายหลัง",
        "en": "Cannot undo: someone else changed this {what} since.",
    },
    "history.undo_conflict": {
        "th": "ย้อนกลับไม่ได้: {who} แก้ไข{what}นี้ภายหลัง เมื่อ {when} ค่าของผู้นั้นยังอยู่ ไม่ได้ถูกทับ",
        "en": "Cannot undo: {who} changed this {what} since, on {when}; their value stays, not overwritten.",
    },
    "history.undone": {"th": "ย้อนกลับแล้ว: {what}", "en": "Undone: {what}"},
    "history.redone": {"th": "ทำซ้ำแล้ว: {what}", "en": "Redone: {what}"},
    "history.nothing_to_undo": {"th": "ไม่มีการแก้ไขของคุณให้ย้อนกลับ", "en": "Nothing of yours to undo."},
    "history.nothing_to_redo": {"th": "ไม่มีการแก้ไขให้ทำซ้ำ", "en": "Nothing to redo."},
    "error.conflict_dropped": {
        "th": "บันทึกไม่ได้: มีผู้อื่นแก้ไข{what}นี้ก่อน ข้อความของคุณที่ยังไม่ได้บันทึกคือ: {text}",
        "en": "Not saved: someone else changed this {what} first. Your unsaved text was: {text}",
    },
    "error.conflict_value": {
        "th": "มีผู้อื่นเปลี่ยน{what}นี้ก่อน: ในไฟล์ตอนนี้คือ “{now}” การเปลี่ยนของคุณยังไม่ได้บันทึก",
        "en": "Someone else changed this {what} first: the file now holds “{now}”. Your change was not saved.",
    },
    "warning.disbursed_over_budget": {
        "th": "เบิกจ่าย {disbursed} บาท มากกว่างบประมาณ {budget} บาท",
        "en": "Disbursed {disbursed} baht is more than the budget of {budget} baht.",
    },
    "warning.over_budget_short": {"th": "เบิกจ่ายเกินงบประมาณ", "en": "more than the budget"},
    "info.amount_rounded": {
        "th": "ปัดเศษ {typed} เป็น {amount} บาท (จำนวนเงินเก็บทศนิยมสองตำแหน่ง)",
        "en": "{typed} was rounded to {amount} baht (amounts keep two decimals).",
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
        "th": "{path}: รุ่นของไฟล์ข้อมูล ({version}) ไม่รู้จัก โปรแกรมนี้อ่านรุ่น 1 ถึง {supported} (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: unknown data file version {version}; this program reads versions 1 to {supported} (left untouched)",
    },
    "store.schema_not_number": {
        "th": "{path}: รุ่นของไฟล์ข้อมูล (schema_version) ต้องเป็นตัวเลข เช่น 2 ไม่ใช่ {version} (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: the data file's schema_version must be a number such as 2, not {version} (left untouched)",
    },
    "store.newer_schema": {
        "th": "{path}: ไฟล์ข้อมูลรุ่น {version} บันทึกโดยโปรแกรมรุ่นใหม่กว่า โปรแกรมนี้อ่านได้ถึงรุ่น {supported}: ปรับรุ่นโปรแกรมก่อน (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: the data file is version {version}, written by a newer program; this one reads up to version {supported}: update the program (left untouched)",
    },
    "store.missing": {
        "th": "{path}: ไม่มีไฟล์ข้อมูลนี้ (ตรวจชื่อไฟล์ที่ระบุด้วย --db หรือ TUI_APP_DB; เปิดโปรแกรมโดยไม่ระบุคำสั่งเพื่อสร้างแผนใหม่จากตัวอย่าง)",
        "en": "{path}: there is no such data file (check the name given with --db or TUI_APP_DB; open the app without a command to make a new plan from the sample)",
    },
    "store.read_only_session": {
        "th": "{path}: เปิดแบบอ่านอย่างเดียว บันทึกการแก้ไขไม่ได้ (ไม่มีสิทธิ์เขียนไฟล์หรือโฟลเดอร์)",
        "en": "{path}: opened read-only, so edits cannot be saved (no permission to write the file or its folder)",
    },
    "store.bad_record": {
        "th": "{path}: ข้อมูลในไฟล์ผิดรูปแบบ ({detail}) (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: a record in the data file is malformed ({detail}) (left untouched)",
    },
    "store.bad_record_at": {
        "th": "{path}: {record} ผิดรูปแบบ: {detail} (ไม่ได้แก้ไขไฟล์ แก้ไขรายการนี้ในไฟล์หรือกู้คืนจากสำเนาสำรอง)",
        "en": "{path}: {record} is malformed: {detail} (left untouched; correct that record in the file or restore a backup)",
    },
    "store.duplicate_uid": {
        "th": "{path}: รหัส uid “{uid}” ซ้ำกันใน {records} ของปีงบประมาณ {year} (ไม่ได้แก้ไขไฟล์ ให้แต่ละรายการมี uid ไม่ซ้ำกันก่อน)",
        "en": "{path}: the uid “{uid}” is shared by {records} of fiscal year {year} (left untouched; give each record its own uid first)",
    },
    "store.duplicate_year": {
        "th": "{path}: ปีงบประมาณ {year} มีส่วนหัวของแผนมากกว่าหนึ่งชุด (เอกสาร {docs} ในตาราง plans) (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: fiscal year {year} has more than one plan header (documents {docs} of table plans) (left untouched)",
    },
    "record.document": {
        "th": "เอกสาร “{doc_id}” ในตาราง {table}",
        "en": "document “{doc_id}” of table {table}",
    },
    "record.measure": {
        "th": "รายการลำดับ {order} “{title}” (เอกสาร {doc_id} ในตาราง measures)",
        "en": "the measure with order {order} “{title}” (document {doc_id} of table measures)",
    },
    "record.plan": {
        "th": "ส่วนหัวของแผน (เอกสาร {doc_id} ในตาราง plans)",
        "en": "the plan header (document {doc_id} of table plans)",
    },
    "record.round": {
        "th": "รอบรายงานที่บันทึกไว้ (เอกสาร {doc_id} ในตาราง rounds)",
        "en": "the frozen round (document {doc_id} of table rounds)",
    },
    "record.measures": {"th": "รายการลำดับ {which}", "en": "the measures with order {which}"},
    "record.steps": {
        "th": "ขั้นตอนที่ {which} ของรายการลำดับ {order} “{title}”",
        "en": "steps {which} of the measure with order {order} “{title}”",
    },
    "record.bad_id": {"th": "รหัสเอกสารไม่ใช่ตัวเลข", "en": "its id is not a whole number"},
    "record.missing": {"th": "ไม่มี{what}", "en": "the {what} is missing"},
    "record.not_text": {"th": "{what}ไม่ใช่ข้อความ ({value})", "en": "the {what} is not text ({value})"},
    "record.bad_value": {"th": "{what}มีค่าที่อ่านไม่ได้ ({value})", "en": "the {what} has a value this program cannot read ({value})"},
    "record.not_object": {"th": "ไม่ใช่เอกสาร JSON แบบ {{...}} ({value})", "en": "it is not a JSON object {{...}} ({value})"},
    "record.in_step": {"th": "ขั้นตอนที่ {number}: {detail}", "en": "step {number}: {detail}"},
    "store.too_deep": {
        "th": "{path}: ไฟล์ข้อมูลเสียหาย (ซ้อนกันลึกเกินไปที่บรรทัด {line}) (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: the data file is damaged (nested far too deep at line {line}) (left untouched)",
    },
    "store.huge_number": {
        "th": "{path}: ไฟล์ข้อมูลเสียหาย (ตัวเลขยาวเกินไปที่บรรทัด {line}) (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: the data file is damaged (a number far too long at line {line}) (left untouched)",
    },
    "store.unreadable": {
        "th": "{path}: อ่านไฟล์ข้อมูลไม่ได้ ({detail})",
        "en": "{path}: cannot read the data file ({detail})",
    },
    "store.write_failed": {
        "th": "{path}: บันทึกไม่สำเร็จ ({detail}) ข้อมูลเดิมในไฟล์ยังอยู่ครบ",
        "en": "{path}: could not save ({detail}); the file still holds what it held",
    },
    "store.read_only": {
        "th": "{path}: ไฟล์ข้อมูลเป็นแบบอ่านอย่างเดียว บันทึกไม่ได้ ข้อมูลเดิมในไฟล์ยังอยู่ครบ",
        "en": "{path}: the data file is read-only, so nothing can be saved; the file still holds what it held",
    },
    "store.lock_is_link": {
        "th": "{path}: ไฟล์ล็อก {lock} เป็นลิงก์ (symbolic link) ซึ่งไม่ปลอดภัย จึงไม่ได้ใช้: ให้ผู้ดูแลลบลิงก์นั้น (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: the lock file {lock} is a symbolic link, which is unsafe, so it was not used: ask the administrator to remove it (left untouched)",
    },
    "store.locked": {
        "th": "{path}: ไฟล์ข้อมูลถูกล็อกโดยผู้อื่นนานเกินไป ลองอีกครั้ง",
        "en": "{path}: someone else has held the data file's lock too long; try again",
    },
    "store.lock_waiting": {
        "th": "กำลังรอ {who} ซึ่งกำลังบันทึกไฟล์ข้อมูลอยู่ จะบันทึกให้เมื่อเสร็จ",
        "en": "Waiting for {who}, who is saving the data file; your change is saved when they finish",
    },
    "store.lock_holder": {"th": "{user} (pid {pid} บน {host})", "en": "{user} (pid {pid} on {host})"},
    "store.lock_holder_unknown": {"th": "ผู้ใช้อื่น", "en": "another user"},
    "store.no_year": {
        "th": "{path}: ไม่มีข้อมูลปีงบประมาณ {year} (มี: {years})",
        "en": "{path}: there is no fiscal year {year} (there are: {years})",
    },
    "store.year_exists": {
        "th": "{path}: มีข้อมูลปีงบประมาณ {year} อยู่แล้ว (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: fiscal year {year} is already there (left untouched)",
    },
    "store.no_round": {
        "th": "{path}: ปีงบประมาณ {year} ยังไม่ได้บันทึกรอบ {months} เดือน (รอบที่บันทึกไว้: {rounds})",
        "en": "{path}: fiscal year {year} has no frozen {months}-month round (frozen rounds: {rounds})",
    },
    "store.round_exists": {
        "th": "{path}: รอบ {months} เดือนของปีงบประมาณ {year} บันทึกไว้แล้วเมื่อ {frozen_at} (รอบที่บันทึกแล้วแก้ไขไม่ได้)",
        "en": "{path}: the {months}-month round of fiscal year {year} was frozen on {frozen_at} (a frozen round cannot be changed)",
    },
    "store.no_backup": {
        "th": "{path}: ไม่มีสำเนาสำรอง “{label}” (มี: {labels})",
        "en": "{path}: there is no backup “{label}” (there are: {labels})",
    },
    "store.damaged_backup_hint": {
        "th": "สำเนาสำรองล่าสุดที่เปิดได้คือ {backup} กู้คืนด้วยคำสั่ง: {command}",
        "en": "The newest backup that opens is {backup}; to restore it: {command}",
    },
    "settings.default": {"th": "ค่าตั้งต้น", "en": "default"},
    "cli.history.help": {"th": "แสดงว่าใครแก้ไขอะไร รายการล่าสุดก่อน", "en": "print who changed what, newest first"},
    "cli.history.description": {
        "th": "แสดงประวัติการแก้ไขของปีงบประมาณ (--year ค่าเริ่มต้นคือปีล่าสุด) รายการล่าสุดก่อน: เมื่อใด "
        "(เวลาประเทศไทย พุทธศักราช) ใคร รายการและช่องใด ค่าก่อนและหลัง และชนิดของการแก้ไข",
        "en": "Print the change history of the year (--year, default the latest), newest first: when "
        "(Thai time, Buddhist Era), who, which record and field, the value before and after, and the change.",
    },
    "cli.history.measure": {"th": "เฉพาะรายการลำดับที่ N ในตารางสถานะ", "en": "only the item numbered N in the status table"},
    "cli.history.since": {
        "th": "เฉพาะการแก้ไขตั้งแต่วันที่ DATE (ปปปป-ดด-วว เป็น ค.ศ. หรือ พ.ศ.)",
        "en": "only changes on or after DATE (YYYY-MM-DD, Christian or Buddhist Era)",
    },
    "cli.history.who": {
        "th": "เฉพาะการแก้ไขของผู้นี้ (บางส่วนของชื่อผู้ใช้หรือชื่อที่แสดง)",
        "en": "only changes by this person (part of the login or display name)",
    },
    "cli.history.format": {
        "th": "text (ค่าเริ่มต้น) หรือ CSV (UTF-8) สำหรับตารางคำนวณ",
        "en": "text (default) or CSV (UTF-8) for a spreadsheet",
    },
    "cli.backups.help": {"th": "แสดงสำเนาสำรองรายวันของไฟล์ข้อมูล", "en": "list the daily backups of the data file"},
    "cli.backups.description": {
        "th": "แสดงสำเนาสำรองข้างไฟล์ข้อมูล (plan.json.ปปปป-ดด-วว ทำก่อนการบันทึกครั้งแรกของแต่ละวัน "
        "เก็บ 14 ฉบับล่าสุดและฉบับแรกของแต่ละเดือน) พร้อมขนาดและสิ่งที่อยู่ในสำเนา",
        "en": "List the backups beside the data file (plan.json.YYYY-MM-DD, made before the first save "
        "of each day; the last 14 and the first of each month are kept) with their size and what they hold.",
    },
    "cli.restore.help": {"th": "นำสำเนาสำรองกลับมาแทนไฟล์ข้อมูล", "en": "put a backup back in place of the data file"},
    "cli.restore.description": {
        "th": "แสดงว่าการกู้คืนสำเนา DATE จะเปลี่ยนอะไร ถามก่อน แล้วจึงกู้คืน ไฟล์ปัจจุบันจะถูกเก็บเป็นสำเนาก่อน "
        "และการกู้คืนจะถูกบันทึกในประวัติ",
        "en": "Show what restoring backup DATE would change, ask, then restore it. The current file is "
        "kept as a backup first, and the restore is recorded in the history.",
    },
    "cli.restore.label": {
        "th": "สำเนาสำรองตามที่ 'tui-app backups' แสดง (เช่น 2026-11-30)",
        "en": "the backup, as 'tui-app backups' lists it (e.g. 2026-11-30)",
    },
    "cli.restore.yes": {"th": "ไม่ต้องถาม (สำหรับสคริปต์)", "en": "do not ask (for scripts)"},
    "cli.settings.help": {"th": "แสดงค่าตั้งแต่ละค่าและที่มา", "en": "print each setting and where it comes from"},
    "cli.settings.description": {
        "th": "แสดงค่าตั้งที่ใช้อยู่ (ไฟล์ข้อมูล โฟลเดอร์ส่งออก สำเนาสำรอง ชื่อที่แสดง ภาษา) และที่มาของแต่ละค่า: "
        "settings.toml ของผู้ดูแลระบบ (tui-app/settings.toml แรกใน $XDG_CONFIG_DIRS มิฉะนั้น /etc/tui-app/settings.toml) "
        "settings.json ของคุณ ตัวแปรสภาพแวดล้อม หรือ --db",
        "en": "Print each setting in force (data file, export folder, backups, display names, language) and "
        "where it comes from: the administrator's settings.toml (the first tui-app/settings.toml in "
        "$XDG_CONFIG_DIRS, else /etc/tui-app/settings.toml), your settings.json, the environment, or --db.",
    },
    "settings.export_dir_default": {"th": "โฟลเดอร์ปัจจุบัน", "en": "the current folder"},
    "backups.none": {"th": "ยังไม่มีสำเนาสำรอง", "en": "No backups yet."},
    "backups.summary": {
        "th": "ปี {year}: {measures} รายการ ดำเนินการแล้วเสร็จ {completed}",
        "en": "year {year}: {measures} items, {completed} completed",
    },
    "backups.damaged": {"th": "เปิดไม่ได้: {detail}", "en": "does not open: {detail}"},
    "restore.same": {
        "th": "สำเนา {label} ตรงกับไฟล์ปัจจุบัน ไม่ต้องกู้คืน",
        "en": "Backup {label} holds the same records as the file; nothing to restore.",
    },
    "restore.differs": {
        "th": "การกู้คืนสำเนา {label} จะเปลี่ยน {count} รายการ:",
        "en": "Restoring backup {label} changes {count} things:",
    },
    "restore.ask": {"th": "กู้คืนหรือไม่? ไฟล์ปัจจุบันจะถูกเก็บเป็นสำเนาก่อน [y/N] ", "en": "Restore it? The current file is kept as a backup first. [y/N] "},
    "restore.cancelled": {"th": "ยกเลิก ไม่ได้แก้ไขไฟล์", "en": "Cancelled; the file is left as it was."},
    "restore.done": {
        "th": "กู้คืนสำเนา {label} แล้ว ไฟล์เดิมเก็บไว้ที่ {kept}",
        "en": "Restored backup {label}; the file as it was is kept as {kept}",
    },
    "store.no_plan": {
        "th": "{path}: ไฟล์ยังไม่มีแผนใดเลย",
        "en": "{path}: the file holds no plan yet",
    },
    "history.col_when": {"th": "เมื่อ", "en": "When"},
    "history.col_who": {"th": "ผู้แก้ไข", "en": "Who"},
    "history.col_record": {"th": "รายการ", "en": "Record"},
    "history.col_field": {"th": "ช่อง", "en": "Field"},
    "history.col_before": {"th": "ก่อน", "en": "Before"},
    "history.col_after": {"th": "หลัง", "en": "After"},
    "history.col_kind": {"th": "การแก้ไข", "en": "Change"},
    "history.none": {"th": "ไม่มีประวัติการแก้ไข", "en": "No changes recorded."},
    "history.title_plan": {"th": "ประวัติการแก้ไข ปี {year}", "en": "Change history, {year}"},
    "history.title_measure": {"th": "ประวัติการแก้ไข รายการที่ {order}", "en": "Change history of item {order}"},
    "history.filter_who": {"th": "ผู้แก้ไข", "en": "Person"},
    "history.filter_field": {"th": "ช่อง", "en": "Field"},
    "history.all_fields": {"th": "ทุกช่อง", "en": "All fields"},
    "history.kind_edit": {"th": "แก้ไข", "en": "edit"},
    "history.kind_step_done": {"th": "ทำเครื่องหมาย", "en": "tick"},
    "history.kind_add": {"th": "เพิ่ม", "en": "add"},
    "history.kind_remove": {"th": "ลบ", "en": "remove"},
    "history.kind_move": {"th": "ย้าย", "en": "move"},
    "history.kind_undo": {"th": "ย้อนกลับ", "en": "undo"},
    "history.kind_redo": {"th": "ทำซ้ำ", "en": "redo"},
    "history.kind_restore": {"th": "กู้คืนสำเนา", "en": "restore"},
    "history.kind_new_year": {"th": "เริ่มปีใหม่", "en": "new year"},
    "history.what_measure": {"th": "รายการ", "en": "item"},
    "history.what_other": {"th": "ข้อมูล", "en": "record"},
    "history.step": {"th": "ขั้นตอนที่ {number}", "en": "step {number}"},
    "history.dimension_short": {"th": "มิติ {number}", "en": "dim. {number}"},
    "history.plan_short": {"th": "แผน", "en": "plan"},
    "history.step_done": {"th": "ทำแล้ว", "en": "done"},
    "history.step_position": {"th": "ลำดับ", "en": "position"},
    "history.step_sub_points": {"th": "ข้อย่อย", "en": "sub-points"},
    "history.detail": {
        "th": "{record} · {field} ({kind}): {before} → {after}",
        "en": "{record} · {field} ({kind}): {before} → {after}",
    },
    "history.record_gone": {"th": "รายการนี้ถูกลบไปแล้ว", "en": "That record has been removed since."},
    "history.help": {
        "th": "ประวัติการแก้ไข ใหม่สุดอยู่บน: เมื่อ (เวลาไทย พ.ศ.) ผู้แก้ไข รายการ ช่อง ค่าก่อนและหลัง\n"
        "w กรองตามผู้แก้ไข · f กรองตามช่อง · ↑ ↓ เลือก แล้ว Enter เปิดรายการนั้น · Esc กลับ",
        "en": "Change history, newest first: when (Thai time, B.E.), who, record, field, value before and after\n"
        "w filter by person · f filter by field · ↑ ↓ choose, Enter opens its record · Esc back",
    },
    "history.no_measure": {"th": "ไม่มีรายการลำดับที่ {order} ในปี {year}", "en": "There is no item {order} in {year}."},
    "history.bad_since": {
        "th": "“{text}” ไม่ใช่วันที่: ใช้ ปปปป-ดด-วว เช่น 2023-11-06 หรือ 2566-11-06",
        "en": "“{text}” is not a date: use YYYY-MM-DD, e.g. 2023-11-06 or 2566-11-06 (Buddhist Era)",
    },
    # --- dialogs ---
    "dialog.yes": {"th": "ใช่ (y)", "en": "Yes (y)"},
    "dialog.no": {"th": "ไม่ (n)", "en": "No (n)"},
    "dialog.enter_escape": {"th": "Enter ตกลง · Esc ยกเลิก", "en": "Enter to accept · Esc to cancel"},
    "key.dialog.yes": {"th": "ใช่", "en": "Yes"},
    "key.dialog.no": {"th": "ไม่", "en": "No"},
    "key.dialog.cancel": {"th": "ยกเลิก", "en": "Cancel"},
    # --- export ---
    "export.bad_format": {
        "th": "ไม่รู้จักรูปแบบ “{format}”: เลือกได้ {formats}",
        "en": "unknown format “{format}”; choose one of: {formats}",
    },
    "export.bad_style": {
        "th": "ไม่รู้จักแบบตาราง “{style}”: เลือกได้ {styles}",
        "en": "unknown table style “{style}”; choose one of: {styles}",
    },
    "export.bad_width": {
        "th": "ความกว้าง {width} ใช้ไม่ได้: ใช้ 0 (ไม่ตัดบรรทัด) หรือ {min} ถึง {max}",
        "en": "width {width} cannot be used: use 0 (no wrapping) or {min} to {max}",
    },
    "export.bad_number": {
        "th": "{option}: “{text}” ไม่ใช่จำนวนเต็ม",
        "en": "{option}: “{text}” is not a whole number",
    },
    "export.bad_status": {
        "th": "ไม่รู้จักสถานะ “{status}”: เลือกได้ {statuses}",
        "en": "unknown status “{status}”; choose from: {statuses}",
    },
    "export.binary_no_text": {
        "th": "ไฟล์ .{format} ไม่ใช่ข้อความ: แสดงหรือคัดลอกเป็นข้อความไม่ได้ ให้เขียนเป็นไฟล์",
        "en": "a .{format} file is not text: it cannot be shown or copied as text; write it to a file",
    },
    "export.no_status": {"th": "ต้องเลือกสถานะอย่างน้อยหนึ่งสถานะ", "en": "choose at least one status"},
    "export.no_font": {"th": "ต้องระบุชื่อแบบอักษร (--font)", "en": "name a font (--font)"},
    "export.docx_only": {
        "th": "{options} ใช้ได้กับ --format docx เท่านั้น (ไม่ใช่ {format})",
        "en": "{options}: only with --format docx (not {format})",
    },
    "export.binary_to_terminal": {
        "th": "ไฟล์ .{format} แสดงบนจอไม่ได้: ระบุไฟล์ด้วย --out เช่น --out {filename}",
        "en": "a .{format} file cannot be shown on the terminal: name a file with --out, e.g. --out {filename}",
    },
    "export.no_dimension": {
        "th": "ปีงบประมาณ {year} ไม่มีมิติที่ {number} (มี: {numbers})",
        "en": "fiscal year {year} has no dimension {number} (there are: {numbers})",
    },
    "export.exists": {
        "th": "{path}: มีไฟล์นี้อยู่แล้ว ไม่ได้เขียนทับ",
        "en": "{path}: the file already exists; it was not replaced",
    },
    "export.exists_cli": {
        "th": "{path}: มีไฟล์นี้อยู่แล้ว ไม่ได้เขียนทับ (ใช้ --overwrite เพื่อเขียนทับ)",
        "en": "{path}: the file already exists; it was not replaced (add --overwrite to replace it)",
    },
    "export.no_folder": {
        "th": "{path}: ไม่มีโฟลเดอร์ {folder} ไม่ได้เขียนไฟล์",
        "en": "{path}: there is no folder {folder}; nothing was written",
    },
    "export.no_permission": {
        "th": "{path}: ไม่มีสิทธิ์เขียนในโฟลเดอร์ {folder} ไม่ได้เขียนไฟล์",
        "en": "{path}: no permission to write in {folder}; nothing was written",
    },
    "export.is_directory": {
        "th": "{path}: เป็นโฟลเดอร์ ไม่ใช่ไฟล์ ไม่ได้เขียนไฟล์",
        "en": "{path}: is a folder, not a file; nothing was written",
    },
    "export.not_regular": {
        "th": "{path}: ไม่ใช่ไฟล์ธรรมดา ไม่ได้เขียนทับ",
        "en": "{path}: is not a regular file; it was not replaced",
    },
    "export.write_failed": {
        "th": "{path}: เขียนไฟล์ไม่สำเร็จ ({detail}) ไม่มีไฟล์ที่เขียนค้างไว้",
        "en": "{path}: could not write the file ({detail}); no partial file was left",
    },
    # --- export: the table styles of the text format (command-line help and the export dialog) ---
    "export.style.grid": {
        "th": "เส้นรอบทุกช่องด้วยเครื่องหมาย + - | แสดงได้เหมือนกันทุกเครื่อง",
        "en": "lines around every cell, made of + - | (shows everywhere)",
    },
    "export.style.simple": {
        "th": "คอลัมน์ตรงกัน มีเส้นประใต้หัวตารางเท่านั้น",
        "en": "columns lined up, a dashed line under the header only",
    },
    "export.style.plain": {"th": "คอลัมน์ตรงกัน ไม่มีเส้นเลย", "en": "columns lined up, no lines at all"},
    "export.style.github": {
        "th": "ตาราง Markdown สำหรับ GitHub วิกิ หรือแชตที่แสดง Markdown",
        "en": "a Markdown table (GitHub, wikis, chats that show Markdown)",
    },
    "export.style.pipe": {
        "th": "ตาราง Markdown ที่บอกการจัดชิดซ้าย/ขวาของแต่ละคอลัมน์",
        "en": "a Markdown table that also marks each column's alignment",
    },
    "export.style.simple_grid": {
        "th": "เส้นกรอบบางรอบทุกช่อง ┌─┐ (ต้องใช้ฟอนต์ที่มีเส้นกรอบ)",
        "en": "thin box lines around every cell ┌─┐ (font must have them)",
    },
    "export.style.rounded_grid": {
        "th": "เส้นกรอบบางรอบทุกช่อง มุมมน ╭─╮",
        "en": "thin box lines around every cell, round corners ╭─╮",
    },
    "export.style.heavy_grid": {"th": "เส้นกรอบหนารอบทุกช่อง ┏━┓", "en": "thick box lines around every cell ┏━┓"},
    "export.style.double_grid": {"th": "เส้นกรอบคู่รอบทุกช่อง ╔═╗", "en": "double box lines around every cell ╔═╗"},
    "export.style.fancy_grid": {
        "th": "เส้นกรอบรอบทุกช่อง เส้นคู่ใต้หัวตาราง ╒═╕",
        "en": "box lines around every cell, double under the header ╒═╕",
    },
    "export.style.psql": {
        "th": "กรอบ + - | รอบตาราง ไม่มีเส้นคั่นระหว่างแถว (แบบโปรแกรม psql)",
        "en": "a + - | frame, no lines between rows (as psql prints)",
    },
    "export.style.orgtbl": {"th": "ตารางสำหรับ Org mode ของ Emacs", "en": "a table for Emacs Org mode"},
    "export.style.rst": {
        "th": "ตาราง reStructuredText (สำหรับเอกสาร Sphinx)",
        "en": "a reStructuredText table (for Sphinx documents)",
    },
    "export.style.presto": {
        "th": "มี | คั่นคอลัมน์และเส้นใต้หัวตาราง ไม่มีกรอบนอก",
        "en": "| between columns, a line under the header, no frame",
    },
    "export.style.outline": {
        "th": "กรอบ + - | รอบตาราง เส้นคู่ใต้หัวตาราง ไม่มีเส้นคั่นระหว่างแถว",
        "en": "a + - | frame, double under the header, none between rows",
    },
    "export.style.simple_outline": {
        "th": "กรอบเส้นบาง ┌─┐ รอบตาราง ไม่มีเส้นคั่นระหว่างแถว",
        "en": "a thin box frame ┌─┐, no lines between rows",
    },
    # --- the command line (tui-app --help, tui-app COMMAND --help, messages) ---
    "cli.usage": {"th": "วิธีใช้: ", "en": "usage: "},
    "cli.arguments": {"th": "ค่าที่ต้องระบุ", "en": "arguments"},
    "cli.options": {"th": "ตัวเลือก", "en": "options"},
    "cli.help": {"th": "แสดงวิธีใช้นี้แล้วจบ", "en": "show this help and exit"},
    "cli.error": {"th": "ผิดพลาด", "en": "error"},
    "cli.version": {"th": "แสดงรุ่นของโปรแกรมแล้วจบ", "en": "show the program's version and exit"},
    "cli.description": {
        "th": "บันทึกข้อมูลแผนปฏิบัติการ (มิติ รายการ ขั้นตอน ผลการดำเนินการ สถานะ งบประมาณ) "
        "และพิมพ์ตารางสถานะ ถ้าไม่ระบุคำสั่ง จะเปิดโปรแกรม",
        "en": "Keep the records of an action plan (dimensions, measures, step checklists, results, "
        "status, budget) and print its status table. Without a command, opens the app.",
    },
    "cli.epilog": {
        "th": "ไฟล์ข้อมูลคือ $TUI_APP_DB ถ้ากำหนดไว้ มิฉะนั้น $XDG_DATA_HOME/tui-app/plan.json "
        "(~/.local/share/tui-app/plan.json) ถ้ายังไม่มีไฟล์ การเปิดโปรแกรมจะสร้างจากแผนตัวอย่างที่มากับโปรแกรม (และแจ้งให้ทราบ) "
        "คำสั่งอื่นจะไม่สร้างไฟล์ใหม่ "
        "พิมพ์ 'tui-app คำสั่ง --help' เพื่อดูตัวเลือกของแต่ละคำสั่ง",
        "en": "The data file is $TUI_APP_DB if set, else $XDG_DATA_HOME/tui-app/plan.json "
        "(~/.local/share/tui-app/plan.json). Opening the app on a missing file makes it from the bundled "
        "sample plan (and says so); the other commands refuse a missing file. "
        "Run 'tui-app COMMAND --help' for a command's options.",
    },
    "cli.db": {
        "th": "ไฟล์ข้อมูล (ค่าเริ่มต้น: $TUI_APP_DB มิฉะนั้น $XDG_DATA_HOME/tui-app/plan.json)",
        "en": "the data file (default: $TUI_APP_DB, else $XDG_DATA_HOME/tui-app/plan.json)",
    },
    "cli.year": {
        "th": "ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีล่าสุดในไฟล์)",
        "en": "fiscal year, Buddhist Era (default: the latest in the file)",
    },
    "cli.lang": {
        "th": "ภาษาของหน้าจอ ข้อความ และวิธีใช้นี้ (ค่าเริ่มต้น: $TUI_APP_LANG "
        "มิฉะนั้นภาษาที่เลือกไว้ล่าสุดด้วย Ctrl+T มิฉะนั้น th)",
        "en": "language of the screen, of messages and of this help (default: $TUI_APP_LANG, "
        "else the last one chosen with ctrl+t, else th)",
    },
    "cli.thai_am": {
        "th": "วิธีส่งสระอำ (ำ) ไปแสดงที่เทอร์มินัล: split แยกเป็นนิคหิต + สระอา ซึ่ง xterm และเทอร์มินัลส่วนใหญ่"
        "แสดงถูกต้อง (ค่าเริ่มต้น) · keep ส่งเป็นอักษรตัวเดียว สำหรับเทอร์มินัลที่แสดงสระอำได้ถูกอยู่แล้ว "
        "(ตั้งเป็นค่าประจำได้ด้วย \"thai_am\" ในไฟล์ settings.json) ข้อมูล ไฟล์ที่ส่งออก และคลิปบอร์ดใช้สระอำตัวเดียวเสมอ",
        "en": "how SARA AM (ำ) is sent to the terminal: split writes it as NIKHAHIT + SARA AA, which xterm "
        "and most terminals draw correctly (the default) · keep sends the single character, for a terminal "
        "that draws it well (set it for good with \"thai_am\" in settings.json); the data, exports and "
        "clipboard always hold the single character",
    },
    "cli.commands": {"th": "คำสั่ง", "en": "commands"},
    "cli.open.help": {"th": "เปิดโปรแกรม (ค่าเริ่มต้น)", "en": "open the app (the default)"},
    "cli.open.description": {"th": "เปิดโปรแกรมแบบเต็มจอ", "en": "Open the full-screen app."},
    "cli.status.help": {"th": "พิมพ์หัวรายงานและสรุปผลของแผน", "en": "print the plan's header and summary"},
    "cli.status.description": {
        "th": "พิมพ์หัวรายงานและสรุปผล (จำนวนรายการตามสถานะ การเบิกจ่าย ระดับการนำแผนไปปฏิบัติ) "
        "เป็นภาษาไทยตามถ้อยคำของรายงาน",
        "en": "Print the plan's header and the summary block (counts per status, disbursement, "
        "implementation level) in Thai, as the report words it.",
    },
    "cli.years.help": {"th": "แสดงปีงบประมาณที่มีในไฟล์ข้อมูล", "en": "list the fiscal years in the data file"},
    "cli.years.description": {"th": "แสดงปีงบประมาณที่มีในไฟล์ข้อมูล", "en": "List the fiscal years."},
    "cli.new_year.help": {"th": "เริ่มปีงบประมาณใหม่จากปีก่อนหน้า", "en": "start a new fiscal year from an earlier one"},
    "cli.new_year.description": {
        "th": "เพิ่มปีงบประมาณ YEAR ลงในไฟล์ข้อมูล โดยยกมาจากปีที่ระบุด้วย --from (ค่าเริ่มต้น: ปีล่าสุด): "
        "มิติ รายการ และขั้นตอนเหมือนเดิม สถานะทุกรายการกลับเป็น “รอรายงาน” ไม่มีขั้นตอนที่ทำแล้ว "
        "ไม่มีผลการดำเนินการ หมายเหตุ หรือจำนวนเงิน และยังไม่มีวันที่ของข้อมูล ปีที่มีอยู่แล้วจะไม่ถูกเขียนทับ",
        "en": "Add fiscal year YEAR to the data file, carried over from --from (default: the latest year): "
        "the same dimensions, measures and steps, with every status back to 'waiting for report', "
        "no ticks, results, remarks or amounts, and no as-of date. An existing year is never overwritten.",
    },
    "cli.new_year.year": {
        "th": "ปีงบประมาณใหม่ เป็น พ.ศ. (เช่น 2567)",
        "en": "the new fiscal year, Buddhist Era (e.g. 2567)",
    },
    "cli.new_year.from": {"th": "ปีที่จะยกมา (ค่าเริ่มต้น: ปีล่าสุด)", "en": "the year to carry over (default: the latest)"},
    "cli.new_year.done": {
        "th": "เพิ่มปีงบประมาณ {new_year} แล้ว ยกมาจากปี {from_year}: {measures} รายการ {dimensions} มิติ",
        "en": "Added fiscal year {new_year}, carried over from {from_year}: {measures} measures, {dimensions} dimensions",
    },
    "cli.export.help": {
        "th": "พิมพ์หรือบันทึกตารางสถานะ (ข้อความ TSV หรือ CSV)",
        "en": "print or save the status table (text, TSV or CSV)",
    },
    "cli.export.description": {
        "th": "พิมพ์หรือบันทึกตารางสถานะของปีงบประมาณหนึ่ง (ลำดับ รายการโครงการ (ตั้งต้น) มิติ งบประมาณ เบิก\n"
        "จ่าย สถานะสี่คอลัมน์พร้อม ☑ และหมายเหตุ) สำหรับบันทึกข้อความ โปรแกรมพิมพ์เอกสาร หรือ ตาราง\n"
        "คำนวณ หรือบันทึกรายงานทั้งฉบับเป็นเอกสาร Word\n"
        "\n"
        "  text  ชื่อตาราง ตาราง ข้อมูล ณ วันที่และผู้รายงาน ปัญหา อุปสรรค ข้อเสนอแนะ และสรุปผล\n"
        "  tsv   เฉพาะตาราง คั่นด้วยแท็บ แถวหัวตารางก่อน: วางลงในตารางของโปรแกรมพิมพ์เอกสารได้\n"
        "  csv   ตารางพร้อมคอลัมน์สถานะ จำนวนเงินเป็นตัวเลขล้วน (1234.50) ช่องที่ตารางคำนวณ จะถือ\n"
        "        เป็นสูตร (= + - @ ...) ขึ้นต้นด้วย '\n"
        "  xlsx  สมุดงาน Excel ของตารางพร้อมชื่อตารางตามแบบรายงาน และสรุปผลใต้ตาราง จำนวนเงิน\n"
        "        เป็นตัวเลขทศนิยมสองตำแหน่ง (1,234.50) พร้อมพิมพ์บน A4 แนวนอน: ทางที่ดีที่สุดสำหรับ\n"
        "        เปิดตารางใน Excel หรือ LibreOffice Calc\n"
        "  docx  รายงานทั้งฉบับเป็นเอกสาร Word ตามแบบที่ยื่น: ชื่อรายงาน บทนำ แต่ละมิติพร้อมภารกิจ การ\n"
        "        ดำเนินงานและผลการดำเนินงาน ตารางสถานะบน A4 แนวนอน (หัวตารางซ้ำทุกหน้า) ข้อมูล\n"
        "        ณ วันที่ ผู้รายงาน ปัญหา อุปสรรค ข้อเสนอแนะ และสรุปผล; --table-only เฉพาะตาราง\n"
        "        --memo มีบันทึกข้อความนำส่งก่อน แบบอักษร \"TH Sarabun New\" 16 พอยต์ (--font เพื่อ\n"
        "        เปลี่ยน) เลขไทย (--arabic-digits เพื่อใช้ 0-9) วันที่เป็นพุทธศักราช\n"
        "\n"
        "ถ้าไม่ระบุ --out จะพิมพ์ออกทางหน้าจอ (standard output) จึงใช้ `tui-app export --format\n"
        "csv > table.csv` ในสคริปต์และ cron ได้ CSV เป็น UTF-8 ที่มี BOM นำหน้า (แม้พิมพ์ออกหน้าจอ)\n"
        "เพื่อให้ตารางคำนวณอ่านภาษาไทยถูก ใช้ --plain-utf8 ถ้าไม่ต้องการ BOM ไฟล์ .xlsx และ .docx\n"
        "เขียนลง --out หรือ > FILE เท่านั้น ไม่พิมพ์ออกจอ --out ที่เป็นชื่อสัมพัทธ์อยู่ในโฟลเดอร์ปัจจุบัน\n"
        "(โฟลเดอร์ส่งออก $TUI_APP_EXPORT_DIR ใช้ในโปรแกรม)",
        "en": "Print or save the status table of one fiscal year (ลำดับ, รายการโครงการ (ตั้งต้น),\n"
        "มิติ, งบประมาณ, เบิกจ่าย, the four status columns with ☑, หมายเหตุ) for a memo, a\n"
        "word processor or a spreadsheet, or save the whole report as a Word document.\n"
        "\n"
        "  text  the table's title, the table, the as-of date and reporter, the\n"
        "        problems and suggestions, and the summary block\n"
        "  tsv   the table only, tab-separated, header row first: paste it into a word-\n"
        "        processor table\n"
        "  csv   the table with a สถานะ column; amounts as plain numbers (1234.50); a\n"
        "        cell that a spreadsheet would run as a formula (= + - @ ...) starts\n"
        "        with '\n"
        "  xlsx  an Excel workbook of the titled table as the report prints it, the\n"
        "        summary below: amounts are numbers shown with two decimals (1,234.50),\n"
        "        ready to print on A4 landscape; the best way to open the table in\n"
        "        Excel or Calc\n"
        "  docx  the whole report as a Word document, laid out as the printed report:\n"
        "        title, introduction, each dimension's measures with mission, steps and\n"
        "        result, the status table on A4 landscape pages (header repeated on\n"
        "        each page), the as-of date and reporter, problems, suggestions and the\n"
        "        summary; --table-only for the titled table alone, --memo for a\n"
        "        covering memo (บันทึกข้อความ) first. Font \"TH Sarabun New\" 16 pt (--font\n"
        "        to change it), Thai digits (--arabic-digits for 0-9), Buddhist-Era\n"
        "        dates\n"
        "\n"
        "Output goes to standard output unless --out is given, so `tui-app export --\n"
        "format csv > table.csv` works in scripts and cron. CSV is UTF-8 with a byte-\n"
        "order mark (BOM), on standard output too, so that spreadsheets read Thai\n"
        "correctly; --plain-utf8 leaves it out. An .xlsx or .docx file goes to --out or\n"
        "to a redirect (> FILE), never to a terminal. A relative --out path is in the\n"
        "current folder (the app's export folder, $TUI_APP_EXPORT_DIR, is for the app).",
    },
    "cli.export.examples": {
        "th": "ตัวอย่าง:\n"
        "  tui-app export                         ตาราง grid ของปีล่าสุด\n"
        "  tui-app export --year 2566 --style github --width 40\n"
        "  tui-app export --format csv --out status-2566.csv\n"
        "  tui-app export --out status-2566.xlsx  รูปแบบตามนามสกุลไฟล์\n"
        "  tui-app export --dimension 2 --status in_progress completed --thai-digits\n"
        "  tui-app export --format docx --memo --out report-2566.docx\n"
        "  tui-app export --out status-2566.docx --table-only --font \"TH SarabunIT๙\"",
        "en": "examples:\n"
        "  tui-app export                         the grid table of the latest year\n"
        "  tui-app export --year 2566 --style github --width 40\n"
        "  tui-app export --format csv --out status-2566.csv\n"
        "  tui-app export --out status-2566.xlsx  the format from the extension\n"
        "  tui-app export --dimension 2 --status in_progress completed --thai-digits\n"
        "  tui-app export --format docx --memo --out report-2566.docx\n"
        "  tui-app export --out status-2566.docx --table-only --font \"TH SarabunIT๙\"",
    },
    "cli.export.statuses": {"th": "สถานะ:", "en": "statuses:"},
    "cli.export.styles": {"th": "แบบตาราง (--style) ของรูปแบบ text:", "en": "table styles (--style) of the text format:"},
    "cli.export.format": {
        "th": "{formats} (ค่าเริ่มต้น: ตามนามสกุลของไฟล์ --out มิฉะนั้น text)",
        "en": "{formats} (default: from the --out file's extension, else text)",
    },
    "cli.export.style": {
        "th": "แบบตารางของรูปแบบ text (ค่าเริ่มต้น: grid) ดูรายการและคำอธิบายด้านล่าง",
        "en": "table style of the text format (default: grid); see the list below",
    },
    "cli.export.width": {
        "th": "ตัดบรรทัดคอลัมน์รายการและหมายเหตุที่ N ช่องตัวอักษร (ค่าเริ่มต้น: {default}; 0: ไม่ตัด)",
        "en": "wrap the title and remarks columns at N terminal cells (default: {default}; 0: do not wrap)",
    },
    "cli.export.out": {
        "th": "เขียนลงไฟล์ FILE แทนการพิมพ์ออกหน้าจอ ('-' คือพิมพ์ออกหน้าจอ) ชื่อสัมพัทธ์อยู่ในโฟลเดอร์ปัจจุบัน",
        "en": "write to FILE instead of standard output ('-' is standard output); a relative path is in the current folder",
    },
    "cli.export.overwrite": {
        "th": "เขียนทับ FILE ถ้ามีอยู่แล้ว (ถ้าไม่ระบุ จะไม่เขียนทับไฟล์ที่มีอยู่)",
        "en": "replace FILE if it exists (otherwise an existing file is refused)",
    },
    "cli.export.dimension": {"th": "เฉพาะรายการของมิติที่ N (ค่าเริ่มต้น: ทุกมิติ)", "en": "only the measures of dimension N (default: all)"},
    "cli.export.status": {
        "th": "เฉพาะรายการที่มีสถานะเหล่านี้ (ค่าเริ่มต้น: ทุกสถานะ): waiting, in_progress, completed, cannot; "
        "ใส่หลายสถานะต่อจาก --status เดียวกันได้ หรือคั่นด้วยจุลภาค",
        "en": "only measures in these statuses (default: all): waiting, in_progress, completed, cannot; "
        "several may follow one --status or be separated by commas",
    },
    "cli.export.thai_digits": {
        "th": "ใช้เลขไทย (๐-๙) ในตัวเลขของรูปแบบ text และ TSV; CSV ใช้ 0-9 เสมอ; docx ใช้เลขไทยอยู่แล้ว",
        "en": "write the figures of text and TSV with Thai digits (๐-๙); CSV keeps 0-9; docx has them anyway",
    },
    "cli.export.arabic_digits": {
        "th": "docx: ใช้เลข 0-9 แทนเลขไทย",
        "en": "docx: write the figures with 0-9 instead of Thai digits",
    },
    "cli.export.table_only": {
        "th": "docx: เฉพาะตารางสถานะพร้อมชื่อตาราง ไม่ใช่รายงานทั้งฉบับ",
        "en": "docx: only the titled status table, not the whole report",
    },
    "cli.export.memo": {
        "th": "docx: มีบันทึกข้อความนำส่งก่อนรายงาน",
        "en": "docx: put a covering memo (บันทึกข้อความ) first",
    },
    "cli.export.font": {
        "th": "docx: แบบอักษร (ค่าเริ่มต้น: \"{default}\")",
        "en": "docx: the font (default: \"{default}\")",
    },
    "cli.export.no_summary": {
        "th": "ไม่ต้องพิมพ์สรุปผล (รูปแบบ text, xlsx และ docx)",
        "en": "leave out the summary block (text, xlsx and docx)",
    },
    "cli.export.plain_utf8": {"th": "CSV ไม่ต้องมี BOM นำหน้า", "en": "CSV without the byte-order mark (BOM)"},
    # --- screens: status table / plan ---
    "status_table.title": {"th": "ตารางสถานะ", "en": "Status table"},
    "status_table.help": {
        "th": "ตารางสถานะ: ทุกรายการของปีงบประมาณตามลำดับ คอลัมน์เดียวกับรายงาน และสรุปผลด้านล่าง\n"
        "↑ ↓ เลือกรายการ · Enter เปิดรายการ · x ส่งออก · Esc กลับ\n"
        "บรรทัดใต้ตารางแสดงชื่อและหมายเหตุของรายการที่เลือกแบบเต็ม เมื่อในตารางถูกตัดสั้น",
        "en": "Status table: every item of the fiscal year in table order, with the report's columns and the summary below.\n"
        "↑ ↓ choose an item · Enter open it · x export · Esc back\n"
        "The line under the table shows the chosen item's title and remarks in full when the table cuts them short.",
    },
    "status_table.heading_year": {"th": "ปีงบประมาณ พ.ศ. {year} รอบ {months} เดือน", "en": "fiscal year {year} (B.E.), {months}-month round"},
    "status_table.heading_as_of": {"th": "ข้อมูล ณ วันที่ {date}", "en": "as of {date}"},
    "status_table.long.order": {"th": "ลำดับ", "en": "No."},
    "status_table.long.title": {"th": "รายการโครงการ", "en": "Item"},
    "status_table.long.dimension": {"th": "มิติ", "en": "Dim."},
    "status_table.long.budget": {"th": "งบประมาณ\n(บาท)", "en": "Budget\n(baht)"},
    "status_table.long.disbursed": {"th": "เบิกจ่าย\n(บาท)", "en": "Disbursed\n(baht)"},
    "status_table.long.s0": {"th": "รอ\nรายงาน", "en": "Waiting\nreport"},
    "status_table.long.s1": {"th": "อยู่ระหว่าง\nดำเนินการ", "en": "In\nprogress"},
    "status_table.long.s2": {"th": "ดำเนินการ\nแล้วเสร็จ", "en": "Completed"},
    "status_table.long.s3": {"th": "ไม่สามารถ\nดำเนินการได้", "en": "Cannot\nbe done"},
    "status_table.long.remarks": {"th": "หมายเหตุ", "en": "Remarks"},
    "status_table.short.order": {"th": "ลำดับ", "en": "No."},
    "status_table.short.title": {"th": "รายการ", "en": "Item"},
    "status_table.short.dimension": {"th": "มิติ", "en": "Dim"},
    "status_table.short.budget": {"th": "งบประมาณ", "en": "Budget"},
    "status_table.short.disbursed": {"th": "เบิกจ่าย", "en": "Disb."},
    "status_table.short.s0": {"th": "รอ", "en": "Wait"},
    "status_table.short.s1": {"th": "ระหว่าง", "en": "Doing"},
    "status_table.short.s2": {"th": "เสร็จ", "en": "Done"},
    "status_table.short.s3": {"th": "ไม่ได้", "en": "Can't"},
    "status_table.short.remarks": {"th": "หมายเหตุ", "en": "Remarks"},
    "status_table.status.waiting": {"th": "รอการรายงาน", "en": "waiting for report"},
    "status_table.status.in_progress": {"th": "อยู่ระหว่างดำเนินการ", "en": "in progress"},
    "status_table.status.completed": {"th": "ดำเนินการแล้วเสร็จ", "en": "completed"},
    "status_table.status.cannot": {"th": "ไม่สามารถดำเนินการได้", "en": "cannot be carried out"},
    "status_table.summary.heading": {"th": "สรุปผลการขับเคลื่อนแผนฯ", "en": "Summary of the plan"},
    "status_table.summary.total": {
        "th": "- แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน {total} โครงการ",
        "en": "- {total} items in the plan",
    },
    "status_table.summary.count": {"th": "- {status} {count} โครงการ", "en": "- {status}: {count}"},
    "status_table.summary.disbursed": {
        "th": "- เบิกจ่ายงบประมาณ {amount} บาท คิดเป็นร้อยละ {percent}",
        "en": "- disbursed {amount} baht, {percent} percent of the budget",
    },
    "status_table.summary.level": {
        "th": "- มีการนำแผนฯ ไปปฏิบัติ ระดับ {level} ร้อยละ {percent}",
        "en": "- implementation level: {level}, {percent} percent",
    },
    "flag.green": {"th": "สีเขียว", "en": "green"},
    "flag.orange": {"th": "สีส้ม", "en": "orange"},
    "flag.red": {"th": "สีแดง", "en": "red"},
    "flag.level": {"th": "{level} ({flag})", "en": "{level} ({flag})"},
    "status_table.empty": {"th": "ยังไม่มีรายการในปีงบประมาณนี้", "en": "There are no items in this fiscal year yet."},
    "status_table.detail_remarks": {"th": "หมายเหตุ: {text}", "en": "Remarks: {text}"},
    "key.status_table.open": {"th": "เปิดรายการ", "en": "Open"},
    "key.status_table.export": {"th": "ส่งออก", "en": "Export"},
    "plan_details.title": {"th": "รายละเอียดแผน", "en": "Plan details"},
    "plan_details.help": {
        "th": "รายละเอียดแผน: ข้อมูลหัวรายงาน และมิติกับรายการของแผน\n"
        "ช่องข้อมูลบันทึกทันทีเมื่อออกจากช่อง (Tab / Enter) หรือกด F2 (หรือ Ctrl+O) · Ctrl+R คืนค่าที่บันทึกไว้\n"
        "วันที่ใส่เป็น วว/ดด/ปปปป พ.ศ. เช่น 06/11/2566\n"
        "ที่ต้นไม้มิติและรายการ: a เพิ่มรายการ · n เพิ่มมิติ · r เปลี่ยนชื่อ · m ย้ายรายการไปมิติอื่น · d ลบ · Enter เปิดรายการ\n"
        "ถ้ามีผู้อื่นแก้ไขช่องเดียวกันก่อน ข้อความของคุณยังอยู่ในช่อง: กด F2 เพื่อบันทึกทับ หรือ Ctrl+R เพื่อใช้ค่าของผู้อื่น",
        "en": "Plan details: the report's header fields, and the plan's dimensions and items.\n"
        "A field is saved when you leave it (Tab / Enter) or press F2 (or Ctrl+O) · Ctrl+R puts the stored value back\n"
        "Dates are DD/MM/YYYY in the Buddhist Era, e.g. 06/11/2566\n"
        "In the tree: a add an item · n new dimension · r rename · m move an item to another dimension · d remove · Enter open an item\n"
        "When someone else changed the same field first, your text stays: F2 saves it over theirs, Ctrl+R takes theirs.",
    },
    "plan_details.heading": {
        "th": "รายละเอียดแผน · {organization} · ปีงบประมาณ พ.ศ. {year}",
        "en": "Plan details · {organization} · fiscal year {year} (B.E.)",
    },
    "plan_details.fiscal_year": {"th": "ปีงบประมาณ (พ.ศ.)", "en": "Fiscal year (B.E.)"},
    "plan_details.as_of_placeholder": {"th": "วว/ดด/ปปปป (พ.ศ.) เช่น 06/11/2566", "en": "DD/MM/YYYY (B.E.), e.g. 06/11/2566"},
    "plan_details.as_of_none": {"th": "ยังไม่ได้ระบุวันที่", "en": "no date yet"},
    "plan_details.structure": {"th": "มิติและรายการ", "en": "Dimensions and items"},
    "plan_details.dimension_node": {"th": "มิติที่ {number} {title}", "en": "Dimension {number}: {title}"},
    "plan_details.count": {"th": "({count} รายการ)", "en": "({count} items)"},
    "plan_details.no_dimension_node": {"th": "ไม่อยู่ในมิติใด", "en": "In no dimension"},
    "plan_details.add_measure.heading": {"th": "เพิ่มรายการ (โครงการ / มาตรการ / กิจกรรม)", "en": "Add an item (project / measure / activity)"},
    "plan_details.add_measure.name": {"th": "ชื่อรายการ", "en": "Title"},
    "plan_details.add_measure.dimension": {"th": "มิติ", "en": "Dimension"},
    "plan_details.add_measure.kind": {"th": "ประเภท", "en": "Kind"},
    "plan_details.add_measure.hint": {"th": "Enter หรือ F2 เพิ่ม · Esc ยกเลิก", "en": "Enter or F2 to add · Esc to cancel"},
    "key.add_measure.accept": {"th": "เพิ่ม", "en": "Add"},
    "key.add_measure.cancel": {"th": "ยกเลิก", "en": "Cancel"},
    "plan_details.need_dimension": {"th": "ยังไม่มีมิติ: กด n เพื่อเพิ่มมิติก่อน", "en": "There is no dimension yet: press n to add one first."},
    "plan_details.pick_measure": {"th": "เลือกรายการ (ไม่ใช่มิติ) ก่อน", "en": "Choose an item (not a dimension) first."},
    "plan_details.prompt.dimension_number": {"th": "เลขที่ของมิติใหม่", "en": "Number of the new dimension"},
    "plan_details.prompt.dimension_title": {"th": "ชื่อของมิติที่ {number}", "en": "Title of dimension {number}"},
    "plan_details.prompt.rename_dimension": {"th": "ชื่อใหม่ของมิติที่ {number}", "en": "New title of dimension {number}"},
    "plan_details.prompt.rename_measure": {"th": "ชื่อใหม่ของรายการลำดับ {order}", "en": "New title of item {order}"},
    "plan_details.prompt.move": {
        "th": "ย้ายรายการลำดับ {order} “{title}” ไปมิติที่ (มี {choices})",
        "en": "Move item {order} “{title}” to dimension ({choices})",
    },
    "plan_details.confirm.remove_dimension": {"th": "ลบมิติที่ {number} “{title}” หรือไม่", "en": "Remove dimension {number} “{title}”?"},
    "plan_details.confirm.remove_measure": {"th": "ลบรายการลำดับ {order} “{title}” หรือไม่", "en": "Remove item {order} “{title}”?"},
    "plan_details.confirm.steps": {"th": "มีขั้นตอนการดำเนินงาน {count} ขั้นตอน", "en": "It has {count} steps"},
    "plan_details.confirm.has_result": {
        "th": "และมีผลการดำเนินการที่บันทึกไว้ ซึ่งจะถูกลบไปด้วย",
        "en": "and a result text, which goes too",
    },
    "plan_details.confirm.no_result": {"th": "และยังไม่มีผลการดำเนินการ", "en": "and no result text"},
    "plan_details.confirm.cannot_undo": {
        "th": "ลบแล้วเรียกคืนไม่ได้ รายการที่เหลือจะเรียงลำดับใหม่",
        "en": "This cannot be undone; the other items are numbered again.",
    },
    "plan_details.unsaved_leave": {
        "th": "บางช่องยังบันทึกไม่ได้ (สีแดง): แก้ไขให้ถูกต้อง หรือกด Esc อีกครั้งเพื่อออกโดยไม่บันทึกช่องนั้น",
        "en": "Some fields could not be saved (in red): fix them, or press Esc again to leave without saving them.",
    },
    "key.plan_details.save": {"th": "บันทึก", "en": "Save"},
    "key.plan_details.revert": {"th": "คืนค่าเดิม", "en": "Undo edit"},
    "key.plan_details.add_measure": {"th": "เพิ่มรายการ", "en": "Add item"},
    "key.plan_details.add_dimension": {"th": "เพิ่มมิติ", "en": "New dim."},
    "key.plan_details.rename": {"th": "เปลี่ยนชื่อ", "en": "Rename"},
    "key.plan_details.move": {"th": "ย้าย", "en": "Move"},
    "key.plan_details.remove": {"th": "ลบ", "en": "Remove"},
    "key.plan_details.open": {"th": "เปิด", "en": "Open"},
    # --- screens: app, keys, help, palette ---
    "app.unsaved": {"th": "● ยังไม่ได้บันทึก {count} รายการ", "en": "● {count} not saved"},
    "app.read_only": {"th": "อ่านอย่างเดียว: บันทึกไม่ได้", "en": "Read-only: cannot save"},
    "app.created_from_sample": {
        "th": "ยังไม่มีไฟล์ข้อมูล จึงสร้างแผนใหม่จากตัวอย่างที่ {path}",
        "en": "There was no data file, so a new plan was made from the sample at {path}",
    },
    "app.migrated": {
        "th": "ปรับไฟล์ข้อมูลเป็นรุ่น {version} แล้ว ไฟล์เดิมเก็บไว้ที่ {backup}",
        "en": "The data file was updated to version {version}; the original is kept at {backup}",
    },
    "app.how_to_quit": {"th": "กด q (หรือ Ctrl+Q) เพื่อออกจากโปรแกรม", "en": "Press q (or Ctrl+Q) to quit."},
    "app.confirm_quit_drafts": {
        "th": "ข้อความที่พิมพ์ไว้ในช่องสีแดงยังไม่ได้บันทึก ถ้าออกตอนนี้ข้อความนั้นจะหายไป ออกจากโปรแกรมหรือไม่?",
        "en": "The text typed in a red field is not saved; quitting now loses it. Quit anyway?",
    },
    "app.unsaved_leave": {
        "th": "ช่องสีแดงมีข้อความที่ยังบันทึกไม่ได้: กด Ctrl+O / F2 ในช่องเพื่อบันทึก (ทับการแก้ไขของผู้อื่น)"
        " หรือกด Esc / สั่งซ้ำอีกครั้งเพื่อออกโดยไม่บันทึกข้อความนั้น",
        "en": "A red field holds text that is not saved: press Ctrl+O / F2 in it to save it (over someone"
        " else's change), or press Esc / ask again to leave without it.",
    },
    "app.confirm_quit_unsaved": {
        "th": "ยังมีการแก้ไขที่บันทึกไม่ได้ {count} รายการ ถ้าออกตอนนี้การแก้ไขนั้นจะหายไป ออกจากโปรแกรมหรือไม่?",
        "en": "{count} changes could not be saved yet; quitting now loses them. Quit anyway?",
    },
    "status.waiting": {"th": "รอรายงาน", "en": "waiting for report"},
    "status.in_progress": {"th": "อยู่ระหว่างดำเนินการ", "en": "in progress"},
    "status.completed": {"th": "ดำเนินการแล้วเสร็จ", "en": "completed"},
    "status.cannot": {"th": "ไม่สามารถดำเนินการได้", "en": "cannot be carried out"},
    "status.short.waiting": {"th": "รอรายงาน", "en": "waiting"},
    "status.short.in_progress": {"th": "ระหว่างทำ", "en": "doing"},
    "status.short.completed": {"th": "เสร็จแล้ว", "en": "done"},
    "status.short.cannot": {"th": "ทำไม่ได้", "en": "cannot"},
    "kind.project": {"th": "โครงการ", "en": "project"},
    "kind.measure": {"th": "มาตรการ", "en": "measure"},
    "kind.activity": {"th": "กิจกรรม", "en": "activity"},
    "value.done": {"th": "ทำแล้ว", "en": "done"},
    "value.not_done": {"th": "ยังไม่ทำ", "en": "not done"},
    "money.not_given": {"th": "ไม่ระบุ", "en": "not given"},
    "key.quit": {"th": "ออก", "en": "Quit"},
    "key.help": {"th": "ช่วยเหลือ", "en": "Help"},
    "key.history": {"th": "ประวัติ", "en": "History"},
    "key.history.open": {"th": "เปิดรายการ", "en": "Open record"},
    "key.history.focus_who": {"th": "ผู้แก้ไข", "en": "Person"},
    "key.history.focus_field": {"th": "ช่อง", "en": "Field"},
    "key.undo": {"th": "ย้อนกลับ", "en": "Undo"},
    "key.redo": {"th": "ทำซ้ำ", "en": "Redo"},
    "key.language": {"th": "English", "en": "ภาษาไทย"},
    "key.back": {"th": "กลับ", "en": "Back"},
    "key.help.close": {"th": "ปิด", "en": "Close"},
    # an open dropdown list (Textual's own key, action "dismiss")
    "key.dismiss": {"th": "ปิดรายการ", "en": "Close list"},
    "key.command_palette": {"th": "คำสั่ง", "en": "Palette"},
    "key.overview.open": {"th": "เปิด", "en": "Open"},
    "key.overview.dimension": {"th": "เปิดมิติตามหมายเลข", "en": "Open a dimension by its number"},
    "key.overview.status_table": {"th": "ตารางสถานะ", "en": "Table"},
    "key.overview.plan_details": {"th": "รายละเอียดแผน", "en": "Plan"},
    "key.overview.rounds": {"th": "รอบรายงาน", "en": "Rounds"},
    "key.overview.history": {"th": "ประวัติ", "en": "History"},
    "key.dimension.open": {"th": "เปิด", "en": "Open"},
    "key.dimension.filter": {"th": "ค้นหา", "en": "Filter"},
    "key.dimension.filter_done": {"th": "ไปที่ตาราง", "en": "To table"},
    "key.dimension.filter_clear": {"th": "ล้างคำค้น", "en": "Clear"},
    "key.dimension.clear_filters": {"th": "ล้างตัวกรอง", "en": "Clear filters"},
    "key.dimension.status": {"th": "กรองสถานะ", "en": "Status"},
    "key.dimension.sort": {"th": "เรียง", "en": "Sort"},
    "key.dimension.reverse": {"th": "กลับลำดับ", "en": "Reverse"},
    "key.measure.toggle_step": {"th": "ทำแล้ว", "en": "Done"},
    "key.measure.add_step": {"th": "เพิ่ม", "en": "Add"},
    "key.measure.edit_step": {"th": "แก้ไข", "en": "Edit"},
    "key.measure.edit_step_enter": {"th": "แก้ไข", "en": "Edit"},
    "key.measure.delete_step": {"th": "ลบ", "en": "Del"},
    "key.measure.step_up": {"th": "ขึ้น", "en": "Up"},
    "key.measure.step_down": {"th": "ลง", "en": "Down"},
    "key.measure.focus_status": {"th": "สถานะ", "en": "Status"},
    "key.measure.focus_kind": {"th": "ประเภท", "en": "Kind"},
    "key.measure.history": {"th": "ประวัติ", "en": "History"},
    "key.measure.focus_result": {"th": "ผลการดำเนินการ", "en": "Result"},
    "key.measure.focus_remarks": {"th": "หมายเหตุ", "en": "Remarks"},
    "key.measure.focus_budget": {"th": "งบประมาณ", "en": "Budget"},
    "key.measure.edit_title": {"th": "แก้ชื่อรายการ", "en": "Edit title"},
    "key.measure.edit_mission": {"th": "แก้ภารกิจ", "en": "Edit mission"},
    "key.measure.save_field": {"th": "บันทึก", "en": "Save"},
    "key.measure.leave_field": {"th": "ออกจากช่อง", "en": "Leave field"},
    "key.measure.revert": {"th": "คืนค่าที่บันทึก", "en": "Take saved"},
    "help.heading": {"th": "ช่วยเหลือ: {screen}", "en": "Help: {screen}"},
    "help.close": {"th": "↑ ↓ เลื่อน · Esc หรือ ? ปิด", "en": "↑ ↓ scroll · Esc or ? to close"},
    "help.general": {
        "th": "ทุกหน้าจอ: Tab / Shift+Tab ย้ายช่อง · ↑ ↓ เลือก · Esc กลับ · Ctrl+P ค้นหาคำสั่งและไปยังทุกหน้า · "
        "Ctrl+T เปลี่ยนภาษา · q ออก\nทุกการแก้ไขบันทึกลงไฟล์ทันที ถ้าบันทึกไม่ได้ แถบบนจะแสดง “ยังไม่ได้บันทึก” "
        "และโปรแกรมจะลองบันทึกใหม่เอง\nปุ่มตัวอักษรใช้ได้ทั้งแป้นภาษาอังกฤษและภาษาไทย (เช่น a หรือ ฟ)",
        "en": "Every screen: Tab / Shift+Tab move between fields · ↑ ↓ choose · Esc back · Ctrl+P find a command or "
        "screen · Ctrl+T switch language · q quit\nEvery edit is saved to the file at once; when a save fails the top "
        "line says “not saved” and the program keeps trying.\nLetter keys work in the Thai keyboard layout too (a or ฟ).",
    },
    "help.overview": {
        "th": "ภาพรวมของแผน: หน่วยงาน ปีงบประมาณ รอบการรายงาน วันที่ของข้อมูล สรุปผล และความคืบหน้าของแต่ละมิติ\n"
        "แถบความคืบหน้า: █ ดำเนินการแล้วเสร็จ · ▒ อยู่ระหว่างดำเนินการ · ░ ยังไม่เสร็จ\n"
        "↑ ↓ เลือกมิติ แล้ว Enter เปิด (หรือกดเลขของมิติ 1–4)",
        "en": "The plan at a glance: organization, fiscal year, round, as-of date, the summary and each dimension's "
        "progress.\nProgress bar: █ completed · ▒ in progress · ░ not done\n"
        "↑ ↓ choose a dimension, Enter opens it (or press its number 1–4)",
    },
    "help.dimension": {
        "th": "รายการ (โครงการ / มาตรการ / กิจกรรม) ของมิตินี้\n"
        "↑ ↓ เลือก · Enter เปิดรายการ · / พิมพ์คำค้น (Enter กลับไปที่ตาราง, Esc ล้างคำค้น) · "
        "s กรองตามสถานะ (กดซ้ำเพื่อเปลี่ยน) · o เปลี่ยนคอลัมน์ที่ใช้เรียง · O กลับลำดับ · คลิกหัวคอลัมน์เพื่อเรียงก็ได้",
        "en": "The items (projects / measures / activities) of this dimension.\n"
        "↑ ↓ choose · Enter open · / type to filter (Enter back to the table, Esc clears) · "
        "s filter by status (press again to change) · o change the sort column · O reverse · or click a column header",
    },
    "help.measure": {
        "th": "รายละเอียดของรายการ ขั้นตอนการดำเนินงานอยู่ตรงกลาง\n"
        "ในรายการขั้นตอน: ↑ ↓ เลือก · Space ทำแล้ว/ยังไม่ทำ · a เพิ่มต่อจากขั้นที่เลือก · e หรือ Enter แก้ไข · "
        "d หรือ Delete ลบ · K / J (หรือ Alt+↑ / Alt+↓) เลื่อนขึ้นลง\n"
        "ช่องผลการดำเนินการและหมายเหตุบันทึกเมื่อออกจากช่อง (Tab, Esc) หรือกด Ctrl+O / F2 · "
        "งบประมาณและเบิกจ่ายบันทึกเมื่อกด Enter หรือออกจากช่อง (เว้นว่าง = ไม่ระบุ ไม่ใช่ 0.00)\n"
        "s สถานะ · k ประเภท · b งบประมาณ · r ผลการดำเนินการ · n หมายเหตุ · t แก้ชื่อรายการ · m แก้ภารกิจ · "
        "g ข้อมูลระบบ e-PlanNACC (ไตรมาส กลุ่มเป้าหมาย วัตถุประสงค์ งบตามแผนพัฒนาท้องถิ่น/ข้อบัญญัติ ไม่ใช้งบประมาณ ตัวชี้วัด)\n"
        "เลือกสถานะ “ไม่สามารถดำเนินการได้” แล้วต้องระบุเหตุ\n"
        "ถ้ามีผู้อื่นแก้ไขช่องเดียวกันก่อน ข้อความของคุณยังอยู่ในช่อง: กด Ctrl+O เพื่อบันทึกทับ",
        "en": "The item's details, with its steps in the middle.\n"
        "In the steps: ↑ ↓ choose · Space done / not done · a add after the chosen step · e or Enter edit · "
        "d or Delete delete · K / J (or Alt+↑ / Alt+↓) move up / down\n"
        "Result and remarks are saved when you leave the field (Tab, Esc) or press Ctrl+O / F2 · "
        "budget and disbursed when you press Enter or leave the field (left empty = not given, not 0.00)\n"
        "s status · k kind · b budget · r result · n remarks · t edit the title · m edit the mission · "
        "g the national system's fields (quarters, target groups, objective, budgets in the local plan / ordinance, "
        "no budget used, indicator)\n"
        "Choosing “cannot be carried out” asks for the reason, which is required\n"
        "When someone else changed the same field first, your text stays: Ctrl+O saves it over theirs.",
    },
    "palette.placeholder": {"th": "ค้นหาคำสั่ง หน้าจอ มิติ หรือรายการ…", "en": "Find a command, screen, dimension or item…"},
    "cmd.overview": {"th": "ไปหน้าภาพรวม", "en": "Go to the overview"},
    "cmd.overview_help": {"th": "สรุปผลและมิติของแผน", "en": "The summary and the dimensions"},
    "cmd.status_table": {"th": "ตารางสถานะ", "en": "Status table"},
    "cmd.status_table_help": {"th": "ทุกรายการพร้อมสถานะ งบประมาณ และหมายเหตุ", "en": "Every item with its status, budget and remarks"},
    "cmd.plan_details": {"th": "รายละเอียดแผน", "en": "Plan details"},
    "cmd.plan_details_help": {"th": "ข้อมูลหัวรายงาน มิติ และรายการของแผน", "en": "The report's header, dimensions and items"},
    "cmd.dimension": {"th": "มิติที่ {number} {title}", "en": "Dimension {number}: {title}"},
    "cmd.dimension_help": {"th": "{count} รายการ", "en": "{count} items"},
    "cmd.measure": {"th": "ลำดับ {order} {title}", "en": "Item {order}: {title}"},
    "cmd.measure_help": {"th": "มิติที่ {dimension} · {status}", "en": "dimension {dimension} · {status}"},
    "cmd.history": {"th": "ประวัติการแก้ไขทั้งแผน", "en": "Change history of the whole plan"},
    "cmd.history_help": {"th": "ใครแก้ไขอะไร เมื่อไร ใหม่สุดอยู่บน", "en": "Who changed what and when, newest first"},
    "cmd.undo": {"th": "ย้อนกลับการแก้ไขล่าสุดของคุณ (ctrl+z)", "en": "Undo your latest change (ctrl+z)"},
    "cmd.undo_help": {
        "th": "การย้อนกลับก็บันทึกในประวัติ ถ้าผู้อื่นแก้ไขช่องนั้นภายหลังจะไม่ทับ",
        "en": "The undo is saved in the history too; never over someone else's later change",
    },
    "cmd.redo": {"th": "ทำซ้ำสิ่งที่ย้อนกลับ (ctrl+y)", "en": "Redo what was undone (ctrl+y)"},
    "cmd.redo_help": {"th": "ทำการแก้ไขที่ย้อนกลับไปอีกครั้ง", "en": "Make the undone change again"},
    "cmd.language": {"th": "เปลี่ยนภาษาเป็น English", "en": "Switch to Thai (ภาษาไทย)"},
    "cmd.help": {"th": "ช่วยเหลือ: ปุ่มของหน้าจอนี้", "en": "Help: the keys of this screen"},
    "cmd.quit": {"th": "ออกจากโปรแกรม", "en": "Quit"},
    # --- screens: overview ---
    "overview.title": {"th": "ภาพรวม", "en": "Overview"},
    "overview.fiscal_year": {"th": "ปีงบประมาณ พ.ศ. {year}", "en": "Fiscal year {year} B.E."},
    "overview.round": {"th": "รอบ {months} เดือน", "en": "{months}-month round"},
    "overview.as_of": {"th": "ข้อมูล ณ วันที่ {date}", "en": "as of {date}"},
    "overview.total": {"th": "ทั้งหมด {total} รายการ", "en": "{total} items"},
    "overview.money": {
        "th": "งบประมาณ {budget} บาท · เบิกจ่าย {disbursed} บาท คิดเป็นร้อยละ {percent}",
        "en": "Budget {budget} baht · disbursed {disbursed} baht, {percent} percent",
    },
    "overview.level": {
        "th": "นำแผนไปปฏิบัติ ระดับ {level} ร้อยละ {percent}",
        "en": "Plan put into practice: {level}, {percent} percent",
    },
    "overview.dimensions": {"th": "มิติ", "en": "Dimensions"},
    # --- screens: reporting rounds ---
    "rounds.title": {"th": "รอบการรายงาน ปีงบประมาณ {year}", "en": "Reporting rounds, fiscal year {year}"},
    "rounds.round": {"th": "รอบ {months} เดือน", "en": "{months}-month round"},
    "rounds.col.round": {"th": "รอบ", "en": "Round"},
    "rounds.col.as_of": {"th": "ข้อมูล ณ วันที่", "en": "As of"},
    "rounds.col.percent": {"th": "ร้อยละการนำไปปฏิบัติ", "en": "Implementation %"},
    "rounds.col.reporter": {"th": "ผู้รายงาน", "en": "Reporter"},
    "rounds.col.frozen_at": {"th": "บันทึกรอบเมื่อ", "en": "Frozen at"},
    "rounds.none": {
        "th": "ยังไม่ได้บันทึกรอบรายงานของปีนี้: กด f เพื่อบันทึกตัวเลขปัจจุบันเป็นรอบรายงาน",
        "en": "No round of this year is frozen yet: press f to freeze the figures now as a round.",
    },
    "rounds.note": {
        "th": "รอบที่บันทึกแล้วแก้ไขไม่ได้ · x ส่งออกรอบตามที่บันทึกไว้ · c เปรียบเทียบกับปัจจุบัน · "
        "Space เลือกรอบหนึ่ง แล้ว c เพื่อเปรียบเทียบสองรอบ",
        "en": "A frozen round cannot be changed · x exports it as frozen · c compares it with now · "
        "Space marks a round, then c compares two rounds",
    },
    "rounds.unsaved": {
        "th": "ยังมีการแก้ไขที่บันทึกลงไฟล์ไม่ได้: บันทึกรอบไม่ได้จนกว่าจะบันทึกได้",
        "en": "Some changes could not be saved to the file yet: a round cannot be frozen until they are.",
    },
    "rounds.frozen": {
        "th": "บันทึกรอบ {months} เดือน ของปีงบประมาณ {year} แล้ว",
        "en": "The {months}-month round of fiscal year {year} is frozen.",
    },
    "rounds.freeze.heading": {
        "th": "บันทึกตัวเลขปัจจุบันเป็นรอบรายงาน ปีงบประมาณ {year} (บันทึกแล้วแก้ไขไม่ได้)",
        "en": "Freeze the figures now as a reporting round of fiscal year {year} (it cannot be changed afterwards)",
    },
    "rounds.freeze.months": {"th": "รอบ", "en": "Round"},
    "rounds.freeze.as_of": {"th": "ข้อมูล ณ วันที่ (วว/ดด/ปปปป พ.ศ.)", "en": "As of (DD/MM/YYYY, B.E.)"},
    "rounds.freeze.reporter": {"th": "ผู้รายงาน", "en": "Reporter"},
    "rounds.freeze.hint": {"th": "F2 หรือ Enter บันทึกรอบ · Esc ยกเลิก", "en": "F2 or Enter freezes · Esc cancels"},
    "key.rounds.freeze": {"th": "บันทึกรอบ", "en": "Freeze"},
    "key.rounds.export": {"th": "ส่งออก", "en": "Export"},
    "key.rounds.mark": {"th": "เลือก", "en": "Mark"},
    "key.rounds.compare": {"th": "เปรียบเทียบ", "en": "Compare"},
    "key.freeze.accept": {"th": "บันทึกรอบ", "en": "Freeze"},
    "key.freeze.cancel": {"th": "ยกเลิก", "en": "Cancel"},
    "rounds.help": {
        "th": "รอบการรายงาน (3 6 9 12 เดือน): ตัวเลขที่บันทึกไว้ ณ วันรายงาน ไม่เปลี่ยนตามการแก้ไขภายหลัง\n"
        "f บันทึกรอบ · x ส่งออกรอบ (ทุกรูปแบบ ได้ไฟล์เดิมทุกครั้ง) · c เปรียบเทียบกับปัจจุบัน · "
        "Space เลือกรอบ แล้ว c เปรียบเทียบสองรอบ\n"
        "สี: รอบ 6 เดือน เขียว ≥ 50 ส้ม 20–49.99 แดง < 20 · รอบ 12 เดือน เขียว ≥ 80 ส้ม 50–79.99 แดง < 50 "
        "(แก้เกณฑ์ได้ที่รายละเอียดแผน)",
        "en": "Reporting rounds (3, 6, 9, 12 months): the figures as reported, unchanged by later edits.\n"
        "f freezes a round · x exports one (every format, the same file every time) · c compares with now · "
        "Space marks a round, then c compares two rounds\n"
        "Flags: 6-month green ≥ 50, orange 20–49.99, red < 20 · 12-month green ≥ 80, orange 50–79.99, red < 50 "
        "(thresholds in plan details)",
    },
    "comparison.title": {"th": "เปรียบเทียบ {then} กับ {now}", "en": "Comparing {then} with {now}"},
    "comparison.figures": {
        "th": "เปลี่ยนสถานะ {changed} โครงการ · ทำเครื่องหมายขั้นตอนเพิ่ม {steps} · เบิกจ่ายเพิ่ม {money} บาท",
        "en": "{changed} changed status · {steps} more steps ticked · {money} baht more disbursed",
    },
    "comparison.col.order": {"th": "ลำดับ", "en": "No."},
    "comparison.col.title": {"th": "รายการโครงการ", "en": "Item"},
    "comparison.col.then": {"th": "สถานะเดิม", "en": "Status then"},
    "comparison.col.now": {"th": "สถานะปัจจุบัน", "en": "Status now"},
    "comparison.col.steps": {"th": "ขั้นตอนเพิ่ม", "en": "Steps"},
    "comparison.col.money": {"th": "เบิกจ่ายเพิ่ม", "en": "Disbursed"},
    "comparison.nothing": {"th": "ไม่มีรายการที่เปลี่ยนแปลง", "en": "Nothing moved."},
    "comparison.saved": {"th": "บันทึกไฟล์ {path} แล้ว", "en": "Saved {path}"},
    "comparison.help": {
        "th": "การเปรียบเทียบ: ร้อยละการนำแผนไปปฏิบัติ ก่อนและหลัง และรายการที่เปลี่ยนสถานะ ทำเครื่องหมายขั้นตอน หรือเบิกจ่ายเพิ่ม\n"
        "x บันทึกเป็นข้อความ · s บันทึกเป็น CSV (ในโฟลเดอร์ส่งออก)",
        "en": "The comparison: the implementation percent then and now, and the items that changed status, "
        "had steps ticked or money disbursed.\nx saves it as text · s as CSV (in the export folder)",
    },
    "key.comparison.save_text": {"th": "บันทึกข้อความ", "en": "Save text"},
    "key.comparison.save_csv": {"th": "บันทึก CSV", "en": "Save CSV"},
    # --- the roll-up view ---
    "rollup.title": {"th": "สรุปรวม {count} หน่วยงาน ({folder})", "en": "Roll-up of {count} organizations ({folder})"},
    "rollup.col.org": {"th": "หน่วยงาน", "en": "Organization"},
    "rollup.col.year": {"th": "ปี · รอบ", "en": "Year · round"},
    "rollup.col.measures": {"th": "โครงการ", "en": "Items"},
    "rollup.col.waiting": {"th": "รอ", "en": "Wait"},
    "rollup.col.in_progress": {"th": "ระหว่าง", "en": "Doing"},
    "rollup.col.completed": {"th": "เสร็จ", "en": "Done"},
    "rollup.col.cannot": {"th": "ไม่ได้", "en": "Can't"},
    "rollup.col.percent": {"th": "ร้อยละ", "en": "Percent"},
    "rollup.col.budget": {"th": "งบประมาณ", "en": "Budget"},
    "rollup.col.disbursed": {"th": "เบิกจ่าย", "en": "Disbursed"},
    "rollup.total": {"th": "รวม {count} หน่วยงาน", "en": "Total of {count}"},
    "rollup.damaged": {
        "th": "ไฟล์ที่อ่านไม่ได้ {count} ไฟล์ (ไม่ได้รวมในยอดรวม):",
        "en": "{count} files could not be read (not in the total):",
    },
    "rollup.all_read": {"th": "อ่านได้ทุกไฟล์ · อ่านอย่างเดียว ไม่แก้ไขไฟล์ใด", "en": "Every file was read · read-only, no file is changed"},
    "key.rollup.reload": {"th": "อ่านใหม่", "en": "Read again"},
    # --- import ---
    "import.missing": {"th": "{path}: ไม่พบไฟล์", "en": "{path}: no such file"},
    "import.unreadable": {"th": "{path}: อ่านไฟล์ไม่ได้ ({detail})", "en": "{path}: cannot read the file ({detail})"},
    "import.not_text": {
        "th": "{path}: ไม่ใช่ไฟล์ CSV / TSV (UTF-8 หรือ Windows ภาษาไทย) หรือ .xlsx",
        "en": "{path}: not a CSV / TSV file (UTF-8 or Thai Windows) or an .xlsx workbook",
    },
    "import.bad_xlsx": {"th": "{path}: เปิดไฟล์ Excel ไม่ได้ ({detail})", "en": "{path}: cannot open the Excel workbook ({detail})"},
    "import.no_header": {
        "th": "ไม่พบแถวหัวตาราง: ต้องมีคอลัมน์ รายการโครงการ และอีกอย่างน้อยสองคอลัมน์ของรายงาน (ลำดับ มิติ งบประมาณ เบิกจ่าย สถานะ หมายเหตุ)",
        "en": "No header row found: the table needs an item (title) column and at least two more of the report's "
        "columns (order, dimension, budget, disbursed, status, remarks)",
    },
    "import.bad_number": {"th": "{what} “{text}” ไม่ใช่จำนวนเต็มบวก", "en": "the {what} “{text}” is not a positive whole number"},
    "import.bad_status": {"th": "ไม่รู้จักสถานะ “{text}”", "en": "unknown status “{text}”"},
    "import.status_disagree": {
        "th": "สถานะ “{text}” ไม่ตรงกับช่องที่ทำเครื่องหมายไว้",
        "en": "the status “{text}” does not match the ticked status column",
    },
    "import.two_statuses": {"th": "ทำเครื่องหมายสถานะไว้มากกว่าหนึ่งช่อง", "en": "more than one status column is ticked"},
    "import.no_status": {"th": "ไม่ได้ระบุสถานะ", "en": "no status is given"},
    "import.same_order": {
        "th": "ลำดับ {order} ซ้ำกับแถวที่ {other}",
        "en": "order {order} is the same as in row {other}",
    },
    "import.nothing": {"th": "ไม่มีสิ่งที่จะนำเข้า", "en": "There is nothing to import."},
    "import.order_taken": {
        "th": "มีผู้อื่นเพิ่มรายการลำดับ {order} ก่อน: ไม่ได้นำเข้า",
        "en": "Someone else added an item numbered {order} first: nothing was imported.",
    },
    "import.summary": {
        "th": "อ่านได้ {rows} แถว: เพิ่มใหม่ {creates} รายการ · แก้ไข {changes} ช่อง · อ่านไม่ได้ {problems} แถว",
        "en": "{rows} rows read: {creates} new items · {changes} fields changed · {problems} rows not read",
    },
    "import.new_dimension": {"th": "เพิ่มมิติที่ {number}", "en": "new dimension {number}"},
    "import.create": {"th": "ลำดับ {order} {title} ({status})", "en": "item {order} {title} ({status})"},
    "import.change": {"th": "ลำดับ {order} {field}: {old} → {new}", "en": "item {order} {field}: {old} → {new}"},
    "import.problem": {"th": "แถวที่ {row}: {reason}", "en": "row {row}: {reason}"},
    "import.refused": {
        "th": "มีแถวที่อ่านไม่ได้: ไม่ได้นำเข้าสิ่งใด แก้ไขไฟล์แล้วลองใหม่",
        "en": "Some rows could not be read: nothing is imported. Correct the file and try again.",
    },
    "import.same": {"th": "ข้อมูลในไฟล์ตรงกับที่มีอยู่แล้ว: ไม่มีสิ่งที่ต้องเปลี่ยน", "en": "The file holds what is already there: nothing to change."},
    "import.confirm": {"th": "นำเข้าตามรายการข้างบน? [y/N] ", "en": "Import as listed above? [y/N] "},
    "import.done": {"th": "นำเข้าแล้ว: ปีงบประมาณ {year}", "en": "Imported into fiscal year {year}."},
    "import.cancelled": {"th": "ยกเลิก: ไม่ได้นำเข้าสิ่งใด", "en": "Cancelled: nothing was imported."},
    "import.needs_yes": {
        "th": "ไม่ได้นำเข้า: ไม่ได้รันบนเทอร์มินัล จึงถามยืนยันไม่ได้ ใช้ --yes เพื่อนำเข้า หรือ --dry-run เพื่อดูอย่างเดียว",
        "en": "Not imported: not on a terminal, so there is no one to confirm; use --yes to import or --dry-run to look only",
    },
    "import_screen.title": {"th": "นำเข้าตารางสถานะ ปีงบประมาณ {year}", "en": "Import a status table, fiscal year {year}"},
    "import_screen.path": {"th": "ไฟล์ .csv .tsv หรือ .xlsx (Enter ดูตัวอย่าง)", "en": "A .csv, .tsv or .xlsx file (Enter shows the preview)"},
    "import_screen.hint": {
        "th": "พิมพ์ที่อยู่ของไฟล์แล้วกด Enter: จะแสดงสิ่งที่จะเพิ่มและแก้ไข และแถวที่อ่านไม่ได้ ยังไม่บันทึกสิ่งใดจนกว่าจะกด F2 และยืนยัน",
        "en": "Type the file's path and press Enter: you see what will be added and changed and the rows that cannot be read. "
        "Nothing is saved until F2 and yes.",
    },
    "import_screen.confirm": {
        "th": "นำเข้า: เพิ่มใหม่ {creates} รายการ แก้ไข {changes} ช่อง?",
        "en": "Import: {creates} new items, {changes} fields changed?",
    },
    "import_screen.help": {
        "th": "นำเข้าตารางสถานะจาก CSV TSV หรือ Excel: หัวคอลัมน์ภาษาไทยหรืออังกฤษ เรียงแบบใดก็ได้ ตัวเลขไทยหรืออารบิก\n"
        "Enter ที่ช่องไฟล์ ดูตัวอย่าง · F2 นำเข้า (ถามยืนยันก่อน) · แถวที่อ่านไม่ได้ทำให้ไม่นำเข้าสิ่งใด",
        "en": "Import a status table from CSV, TSV or Excel: Thai or English headers in any order, Thai or Arabic digits.\n"
        "Enter in the file field shows the preview · F2 imports (after a yes) · any row that cannot be read stops the import",
    },
    "key.import_screen.import": {"th": "นำเข้า", "en": "Import"},
    "key.overview.import": {"th": "นำเข้า", "en": "Import"},
    "national.heading": {"th": "ข้อมูลระบบ e-PlanNACC: {title}", "en": "National system fields: {title}"},
    "national.none": {"th": "ข้อมูลระบบ e-PlanNACC: ยังไม่ได้ระบุ (กด g)", "en": "National system fields: none yet (press g)"},
    "national.reason_missing": {
        "th": "ยังไม่ได้ระบุเหตุที่ไม่สามารถดำเนินการได้ (กด g)",
        "en": "The reason it cannot be carried out is missing (press g)",
    },
    "national.hint": {"th": "F2 บันทึก · Esc ยกเลิก · ทุกช่องเว้นว่างได้", "en": "F2 saves · Esc cancels · every field may stay empty"},
    "national.conflict_keys": {
        "th": "ค่าที่คุณพิมพ์ยังอยู่ในช่อง · F2 บันทึกของคุณทับ · Esc ใช้ของผู้อื่น",
        "en": "What you typed is still in the fields · F2 saves yours over it · Esc keeps theirs",
    },
    "cannot.heading": {
        "th": "ไม่สามารถดำเนินการได้ เพราะ (ต้องระบุ)",
        "en": "It cannot be carried out because (required)",
    },
    "cannot.no_budget": {"th": "ไม่ได้รับงบประมาณ", "en": "no budget received"},
    "cannot.policy_change": {"th": "เปลี่ยนแปลงนโยบายผู้บริหาร", "en": "change of executive policy"},
    "cannot.not_enough_staff": {"th": "บุคลากรไม่เพียงพอ", "en": "not enough staff"},
    "cannot.other": {"th": "อื่น ๆ (ระบุ)", "en": "other (say what)"},
    "cannot.other_text": {"th": "เหตุอื่น ๆ", "en": "Other reason"},
    "cannot.hint": {"th": "F2 หรือ Enter บันทึก · Esc ไม่เปลี่ยนสถานะ", "en": "F2 or Enter saves · Esc keeps the status"},
    "key.measure.national": {"th": "ข้อมูล e-PlanNACC", "en": "National fields"},
    "key.national.accept": {"th": "บันทึก", "en": "Save"},
    "key.national.cancel": {"th": "ยกเลิก", "en": "Cancel"},
    "key.cannot.accept": {"th": "บันทึก", "en": "Save"},
    "key.cannot.cancel": {"th": "ยกเลิก", "en": "Cancel"},
    "overview.dimension_counts": {
        "th": "{count} รายการ · เสร็จ {done} · ระหว่างดำเนินการ {doing}",
        "en": "{count} items · {done} completed · {doing} in progress",
    },
    # --- screens: dimension ---
    "dimension.label": {"th": "มิติที่ {number}", "en": "Dimension {number}"},
    "dimension.col.order": {"th": "ลำดับ", "en": "No."},
    "dimension.col.kind": {"th": "ประเภท", "en": "Kind"},
    "dimension.col.title": {"th": "ชื่อรายการ", "en": "Title"},
    "dimension.col.status": {"th": "สถานะ", "en": "Status"},
    "dimension.col.steps": {"th": "ขั้นตอน", "en": "Steps"},
    "dimension.col.budget": {"th": "งบประมาณ", "en": "Budget"},
    "dimension.col.disbursed": {"th": "เบิกจ่าย", "en": "Disbursed"},
    "dimension.filter_label": {"th": "ค้นหา:", "en": "Filter:"},
    "dimension.filter_placeholder": {"th": "พิมพ์คำค้น (Enter ไปที่ตาราง · Esc ล้าง)", "en": "type to filter (Enter to the table · Esc clears)"},
    "dimension.all_statuses": {"th": "ทุกสถานะ", "en": "all"},
    "dimension.info": {
        "th": "แสดง {shown} จาก {total} รายการ · สถานะ: {status} · เรียงตาม{column} {arrow}",
        "en": "{shown} of {total} items · status: {status} · sorted by {column} {arrow}",
    },
    "dimension.info_filter": {"th": "คำค้น “{text}”", "en": "filter “{text}”"},
    "dimension.mismatch_legend": {
        "th": "! = สถานะไม่ตรงกับขั้นตอนที่ทำ ({count} รายการ)",
        "en": "! = status and steps disagree (items: {count})",
    },
    "dimension.empty": {"th": "ไม่มีรายการที่ตรงกับตัวกรอง (Esc ที่ช่องค้นหาเพื่อล้าง · s เปลี่ยนสถานะ)", "en": "No item matches the filter (Esc in the filter clears it · s changes the status)."},
    "dimension.none": {"th": "มิตินี้ยังไม่มีรายการ", "en": "This dimension has no items yet."},
    # --- screens: measure ---
    "measure.heading": {"th": "มิติที่ {dimension} › รายการลำดับ {order}", "en": "Dimension {dimension} › item {order}"},
    "measure.no_mission": {"th": "(ไม่ได้ระบุ: กด m เพื่อเพิ่ม)", "en": "(none: press m to add one)"},
    "measure.baht": {"th": "บาท", "en": "baht"},
    "measure.steps": {"th": "ขั้นตอนการดำเนินงาน (ทำแล้ว {done}/{total})", "en": "Steps ({done}/{total} done)"},
    "measure.no_steps": {"th": "ยังไม่มีขั้นตอน: กด a เพื่อเพิ่ม", "en": "No steps yet: press a to add one."},
    "measure.text_placeholder": {"th": "(ว่าง) บันทึกเมื่อออกจากช่อง หรือกด Ctrl+O", "en": "(empty) saved when you leave the field, or press Ctrl+O"},
    "measure.add_step": {"th": "ขั้นตอนใหม่ (ต่อจากขั้นตอนที่เลือก)", "en": "New step (after the chosen one)"},
    "measure.edit_step": {"th": "แก้ไขขั้นตอนที่ {number}", "en": "Edit step {number}"},
    "measure.confirm_delete_step": {"th": "ลบขั้นตอนที่ {number} “{text}” หรือไม่?", "en": "Delete step {number} “{text}”?"},
    "measure.offer_completed": {
        "th": "ทำครบทุกขั้นตอนแล้ว: เปลี่ยนสถานะเป็น “ดำเนินการแล้วเสร็จ” หรือไม่?",
        "en": "Every step is done: set the status to “completed”?",
    },
    "measure.offer_in_progress": {
        "th": "ยังทำไม่ครบทุกขั้นตอน: เปลี่ยนสถานะจาก “ดำเนินการแล้วเสร็จ” เป็น “อยู่ระหว่างดำเนินการ” หรือไม่?",
        "en": "Not every step is done now: change the status from “completed” to “in progress”?",
    },
    "measure.mismatch.completed_open_steps": {
        "th": "! สถานะเป็น “ดำเนินการแล้วเสร็จ” แต่ทำแล้ว {done} จาก {total} ขั้นตอน",
        "en": "! The status is “completed” but only {done} of {total} steps are done.",
    },
    "measure.mismatch.all_done_not_completed": {
        "th": "! ทำครบทั้ง {total} ขั้นตอนแล้ว แต่สถานะเป็น “{status}”",
        "en": "! All {total} steps are done but the status is “{status}”.",
    },
    "measure.amount_placeholder": {"th": "ไม่ระบุ", "en": "not given"},
    # --- screens: export dialog ---
    "export_dialog.title": {"th": "ส่งออกตารางสถานะ", "en": "Export the status table"},
    "export_dialog.help": {
        "th": "ส่งออกตารางสถานะเป็นไฟล์ หรือคัดลอกไปยังคลิปบอร์ด: เลือกรูปแบบและตัวเลือก ตัวอย่างด้านล่างแสดงสิ่งที่จะได้\n"
        "Tab / Shift+Tab ย้ายช่อง · Space เลือก/ไม่เลือก · Enter เปิดรายการให้เลือก · "
        "f เปลี่ยนรูปแบบ · s เปลี่ยนแบบตาราง · d เปลี่ยนมิติ · p ไปที่ช่องชื่อไฟล์ · ↑ ↓ ← → เลื่อนตัวอย่าง\n"
        "ตัดบรรทัดที่: ความกว้างของคอลัมน์รายการและหมายเหตุ (0 = ไม่ตัด)\n"
        "w (หรือ F2, หรือ Enter ในช่องชื่อไฟล์) เขียนไฟล์: ถ้ามีไฟล์ชื่อนั้นอยู่แล้ว จะถามก่อนเขียนทับ · "
        "ชื่อไฟล์ที่ไม่ขึ้นต้นด้วย / อยู่ในโฟลเดอร์ส่งออก (TUI_APP_EXPORT_DIR หรือ export_dir ในไฟล์ตั้งค่า "
        "ถ้าไม่ได้ตั้งไว้ คือโฟลเดอร์ที่เปิดโปรแกรม) · ข้อความหลังเขียนไฟล์บอกที่อยู่เต็มของไฟล์\n"
        "c (หรือ F3) คัดลอกไปยังคลิปบอร์ดผ่านเทอร์มินัล (OSC 52): ใช้ได้กับ Windows Terminal, iTerm2, kitty, WezTerm, "
        "xterm แม้ต่อผ่าน SSH แต่ PuTTY, GNOME Terminal และ macOS Terminal ไม่รับ ถ้าวางแล้วไม่มีอะไร ให้เขียนเป็นไฟล์แทน\n"
        "CSV ใส่ BOM ไว้หน้าไฟล์เพื่อให้ Excel อ่านภาษาไทยถูก · ในตัวอย่าง TSV เครื่องหมาย → คือแท็บ · "
        "Excel (.xlsx) ไม่มีตัวอย่างและคัดลอกไม่ได้: เขียนเป็นไฟล์",
        "en": "Export the status table to a file or the clipboard: choose the format and options; the preview "
        "below shows what you will get.\n"
        "Tab / Shift+Tab move between fields · Space tick / untick · Enter open a list · "
        "f change the format · s change the table style · d change the dimension · p go to the file name · "
        "↑ ↓ ← → scroll the preview\n"
        "Wrap at: the width of the item and remarks columns (0 = no wrapping)\n"
        "w (or F2, or Enter in the file name) writes the file; an existing file is replaced only after you say yes. "
        "A name not starting with / is in the export folder (TUI_APP_EXPORT_DIR or export_dir in the settings "
        "file; if neither is set, the folder the program was started in); the message after writing gives the "
        "file's full path.\n"
        "c (or F3) copies to the clipboard through the terminal (OSC 52): works in Windows Terminal, iTerm2, kitty, "
        "WezTerm and xterm, over SSH too, but PuTTY, GNOME Terminal and macOS Terminal ignore it: if nothing "
        "arrives, write a file instead.\n"
        "A CSV starts with a BOM so that Excel reads the Thai correctly · in the TSV preview → marks a tab · "
        "Excel (.xlsx) has no preview and cannot be copied: write the file.",
    },
    "export_dialog.format": {"th": "รูปแบบ (f)", "en": "Format (f)"},
    "export_dialog.format.text": {"th": "ข้อความ (.txt)", "en": "text (.txt)"},
    "export_dialog.format.tsv": {"th": "แท็บ (.tsv)", "en": "tabs (.tsv)"},
    "export_dialog.format.csv": {"th": "CSV (.csv)", "en": "CSV (.csv)"},
    "export_dialog.format.xlsx": {"th": "Excel (.xlsx)", "en": "Excel (.xlsx)"},
    "export_dialog.about.xlsx": {
        "th": "ไฟล์ Excel (.xlsx) ของตารางสถานะตามแบบรายงาน: ชื่อรายงาน หัวตารางสองแถวมี “สถานะ” คลุมสี่คอลัมน์ "
        "งบประมาณและเบิกจ่ายเป็นตัวเลขทศนิยมสองตำแหน่ง ☑ ในคอลัมน์สถานะ และสรุปผลใต้ตาราง "
        "ตั้งหน้ากระดาษ A4 แนวนอน พอดีความกว้างหนึ่งหน้า เปิดได้ทั้ง Excel และ LibreOffice Calc\n\n"
        "ไฟล์นี้ไม่ใช่ข้อความ จึงไม่มีตัวอย่างและคัดลอกไปยังคลิปบอร์ดไม่ได้: กด w เพื่อเขียนไฟล์",
        "en": "An Excel workbook (.xlsx) of the status table as the report lays it out: the report's title, "
        "the two-row header with “สถานะ” over the four status columns, budget and disbursed as numbers with "
        "two decimals, ☑ in the status columns and the summary under the table; set up for A4 landscape, "
        "one page wide. Opens in Excel and LibreOffice Calc.\n\n"
        "The file is not text, so there is no preview and it cannot go to the clipboard: press w to write it.",
    },
    "export_dialog.format.docx": {"th": "Word (.docx)", "en": "Word (.docx)"},
    "export_dialog.about.docx": {
        "th": "เอกสาร Word (.docx) ของรายงานทั้งฉบับตามแบบที่ยื่น: ชื่อรายงาน บทนำ แต่ละมิติพร้อมโครงการ ภารกิจ "
        "การดำเนินงาน (☑ ข้อที่ทำแล้ว) และผลการดำเนินงาน ตารางสถานะบนหน้า A4 แนวนอน (หัวตารางซ้ำทุกหน้า) "
        "ข้อมูล ณ วันที่ ผู้รายงาน ปัญหา อุปสรรค ข้อเสนอแนะ และสรุปผล แบบอักษร TH Sarabun New 16 พอยต์ "
        "ตัวเลขไทย เปิดได้ทั้ง Word และ LibreOffice Writer\n\n"
        "ไฟล์นี้ไม่ใช่ข้อความ จึงไม่มีตัวอย่างและคัดลอกไปยังคลิปบอร์ดไม่ได้: กด w เพื่อเขียนไฟล์ "
        "(บันทึกข้อความนำส่งและตารางอย่างเดียว: tui-app export --format docx --memo / --table-only)",
        "en": "A Word document (.docx) of the whole report as it is filed: title, introduction, each dimension "
        "with its measures' mission, steps (☑ done) and result, the status table on A4 landscape pages (header "
        "repeated on each page), the as-of date, reporter, problems, suggestions and the summary; TH Sarabun New "
        "16 pt, Thai digits. Opens in Word and LibreOffice Writer.\n\n"
        "The file is not text, so there is no preview and it cannot go to the clipboard: press w to write it "
        "(a covering memo or the table alone: tui-app export --format docx --memo / --table-only).",
    },
    "export_dialog.style": {"th": "แบบตาราง (s)", "en": "Style (s)"},
    "export_dialog.width": {"th": "ตัดบรรทัดที่", "en": "Wrap at"},
    "export_dialog.dimension": {"th": "มิติ (d)", "en": "Dimension (d)"},
    "export_dialog.all_dimensions": {"th": "ทุกมิติ", "en": "all"},
    "export_dialog.dimension_number": {"th": "มิติที่ {number}", "en": "dimension {number}"},
    "export_dialog.statuses": {"th": "สถานะ", "en": "Statuses"},
    "export_dialog.thai_digits": {"th": "เลขไทย", "en": "Thai digits"},
    "export_dialog.summary": {"th": "สรุปผล", "en": "Summary"},
    "export_dialog.bom": {"th": "BOM (Excel)", "en": "BOM (Excel)"},
    "export_dialog.path": {"th": "ไฟล์", "en": "File"},
    "export_dialog.write_button": {"th": "เขียนไฟล์ (w)", "en": "Write (w)"},
    "export_dialog.copy_button": {"th": "คัดลอก (c)", "en": "Copy (c)"},
    "export_dialog.info": {
        "th": "ตัวอย่าง: {count} รายการ · {lines} บรรทัด · {size} ไบต์",
        "en": "Preview: {count} items · {lines} lines · {size} bytes",
    },
    "export_dialog.info_binary": {
        "th": "{count} รายการ · ไฟล์ .{format} ไม่มีตัวอย่าง: กด w เพื่อเขียนไฟล์",
        "en": "{count} items · no preview for a .{format} file: press w to write it",
    },
    "export_dialog.info_tabs": {"th": "→ คือแท็บ", "en": "→ is a tab"},
    "export_dialog.problem": {"th": "ส่งออกไม่ได้: {message}", "en": "Cannot export: {message}"},
    "export_dialog.width_not_number": {
        "th": "ตัดบรรทัดที่: ใส่จำนวนเต็ม (0 = ไม่ตัด)",
        "en": "Wrap at: type a whole number (0 = no wrapping)",
    },
    "export_dialog.no_path": {"th": "ใส่ชื่อไฟล์ก่อน", "en": "Type a file name first."},
    "export_dialog.empty": {
        "th": "ยังไม่มีรายการในปีงบประมาณนี้ จึงยังไม่มีอะไรให้ส่งออก",
        "en": "There are no items in this fiscal year yet, so there is nothing to export.",
    },
    "export_dialog.confirm_overwrite": {
        "th": "มีไฟล์ {path} อยู่แล้ว เขียนทับหรือไม่?",
        "en": "{path} already exists. Replace it?",
    },
    "export_dialog.kept": {"th": "ไม่ได้เขียนทับ: {path} ยังเป็นไฟล์เดิม", "en": "Not replaced: {path} is as it was."},
    "export_dialog.written": {"th": "เขียน {size} ไบต์ ลงไฟล์ {path} แล้ว", "en": "Wrote {size} bytes to {path}"},
    "export_dialog.copy_binary": {
        "th": "คัดลอกไฟล์ .{format} ไปยังคลิปบอร์ดไม่ได้ (ไม่ใช่ข้อความ): กด w เพื่อเขียนไฟล์",
        "en": "A .{format} file cannot go to the clipboard (it is not text): press w to write the file.",
    },
    "export_dialog.copied": {
        "th": "ส่ง {lines} บรรทัดไปยังคลิปบอร์ดของเทอร์มินัลแล้ว (วางด้วย Ctrl+V) · "
        "PuTTY, GNOME Terminal และ macOS Terminal ไม่รับ: ถ้าวางแล้วไม่มีอะไร ให้กด w เขียนเป็นไฟล์",
        "en": "Sent {lines} lines to the terminal's clipboard (paste with Ctrl+V) · "
        "PuTTY, GNOME Terminal and macOS Terminal ignore this: if nothing arrives, press w to write a file.",
    },
    "key.export_dialog.write": {"th": "เขียนไฟล์", "en": "Write"},
    "key.export_dialog.copy": {"th": "คัดลอก", "en": "Copy"},
    "key.export_dialog.format": {"th": "รูปแบบ", "en": "Format"},
    "key.export_dialog.style": {"th": "แบบตาราง", "en": "Style"},
    "key.export_dialog.dimension": {"th": "มิติ", "en": "Dimension"},
    "key.export_dialog.path": {"th": "ชื่อไฟล์", "en": "File name"},
    "cmd.export": {"th": "ส่งออกตารางสถานะ", "en": "Export the status table"},
    "cmd.export_help": {
        "th": "ข้อความ แท็บ CSV หรือ Excel ลงไฟล์ หรือคัดลอกไปยังคลิปบอร์ด",
        "en": "Text, tab-separated, CSV or Excel, to a file or the clipboard",
    },
    # --- field names (used inside messages) ---
    # --- command-line help of rounds, import and roll-up (in the --lang language) ---
    "cli.rounds.help": {
        "th": "ดู บันทึก และเปรียบเทียบรอบการรายงาน (3 6 9 12 เดือน)",
        "en": "list, freeze and compare reporting rounds (3, 6, 9, 12 months)",
    },
    "cli.rounds.description": {
        "th": "ถ้าไม่ระบุคำสั่งย่อย: แสดงรอบรายงานที่บันทึกไว้ (ของ --year ถ้าระบุ) รอบที่บันทึกแล้วเก็บตัวเลขตามที่รายงาน "
        "การแก้ไขภายหลังไม่เปลี่ยนรอบนั้น",
        "en": "Without a subcommand: list the frozen reporting rounds (of --year if given). "
        "A frozen round keeps the figures as they were reported; later edits never change it.",
    },
    "cli.rounds.freeze": {"th": "บันทึกตัวเลขที่บันทึกไว้ในไฟล์เป็นรอบรายงาน", "en": "freeze the saved figures as a round"},
    "cli.rounds.freeze_description": {
        "th": "บันทึกตัวเลขของปี (--year ค่าเริ่มต้นคือปีล่าสุด) เป็นรอบ MONTHS รอบที่บันทึกแล้วจะไม่ถูกแทนที่",
        "en": "Freeze the saved figures of the year (--year, default the latest) as round MONTHS. "
        "A round already frozen is never replaced.",
    },
    "cli.rounds.months": {"th": "3 6 9 หรือ 12", "en": "3, 6, 9 or 12"},
    "cli.rounds.as_of": {"th": "ข้อมูล ณ วันที่ของรอบ พ.ศ. (ค่าเริ่มต้น: ของแผน)", "en": "the round's as-of date, Buddhist Era (default: the plan's)"},
    "cli.rounds.reporter": {"th": "ผู้รายงานรอบนี้ (ค่าเริ่มต้น: ผู้รายงานของแผน)", "en": "who reports the round (default: the plan's reporter)"},
    "cli.rounds.compare": {"th": "เปรียบเทียบสองรอบ หรือรอบกับปัจจุบัน", "en": "how the figures moved between two rounds, or a round and now"},
    "cli.rounds.compare_description": {
        "th": "เปรียบเทียบรอบ THEN กับรอบ NOW_ (ค่าเริ่มต้น: ตัวเลขปัจจุบัน): ร้อยละการนำแผนไปปฏิบัติก่อนและหลังพร้อมสี "
        "รายการที่เปลี่ยนสถานะ ขั้นตอนที่ทำเครื่องหมายเพิ่ม และเงินที่เบิกจ่ายเพิ่ม",
        "en": "Compare round THEN with round NOW_ (default: the figures now): the implementation percent then and "
        "now with its flag, measures that changed status, steps ticked since, money disbursed since.",
    },
    "cli.rounds.then": {"th": "รอบที่บันทึกไว้: 3 6 9 หรือ 12", "en": "a frozen round: 3, 6, 9 or 12"},
    "cli.rounds.now": {"th": "รอบที่หลังกว่า หรือ now (ค่าเริ่มต้น)", "en": "a later frozen round, or 'now' (default)"},
    "cli.rounds.format": {"th": "text (ค่าเริ่มต้น) หรือ csv", "en": "text (default) or csv"},
    "cli.out": {"th": "เขียนลงไฟล์ FILE แทนการแสดงผล", "en": "write to FILE instead of standard output"},
    "cli.overwrite": {"th": "เขียนทับ FILE ถ้ามีอยู่แล้ว", "en": "replace FILE if it exists"},
    "cli.export.round": {
        "th": "รอบที่บันทึกไว้ MONTHS (3 6 9 12) แทนตัวเลขปัจจุบัน: ได้ไฟล์เดิมทุกครั้ง",
        "en": "the frozen round of MONTHS (3, 6, 9, 12) instead of the figures now: the same file whenever it is made",
    },
    "cli.import.help": {"th": "นำเข้าตารางสถานะจาก CSV TSV หรือ .xlsx (แสดงตัวอย่างก่อน)", "en": "import a status table from CSV, TSV or .xlsx (with a preview)"},
    "cli.import.description": {
        "th": "อ่านตารางสถานะ (ไฟล์ที่ส่งออกจากโปรแกรมนี้ หรือตารางที่มีคอลัมน์ของรายงานเรียงแบบใดก็ได้ หัวคอลัมน์ไทยหรืออังกฤษ "
        "ตัวเลขไทยหรืออารบิก ☑ / ✓ / x หรือคำสถานะ) แล้วแสดงสิ่งที่จะเพิ่มและแก้ไข และทุกแถวที่อ่านไม่ได้พร้อมเหตุ "
        "จับคู่แถวกับรายการด้วยลำดับ ไม่บันทึกสิ่งใดก่อนยืนยัน และไม่บันทึกเลยถ้ามีแถวที่อ่านไม่ได้",
        "en": "Read a status table (this app's export, or a spreadsheet with the report's columns in any order, Thai or "
        "English headers, Thai or Arabic digits, ☑ / ✓ / x or status words) and show what it would create and change, "
        "and every row it cannot read and why. Rows are matched to items by their number (ลำดับ). Nothing is written "
        "before you confirm, and never when a row cannot be read.",
    },
    "cli.import.file": {"th": "ไฟล์ .csv .tsv หรือ .xlsx", "en": "a .csv, .tsv or .xlsx file"},
    "cli.import.dry_run": {"th": "แสดงตัวอย่างอย่างเดียว ไม่บันทึก", "en": "show the preview only, write nothing"},
    "cli.import.yes": {"th": "นำเข้าโดยไม่ถาม (สำหรับสคริปต์)", "en": "import without asking (for scripts)"},
    "cli.rollup.help": {"th": "สรุปรวมไฟล์ข้อมูลของหลายหน่วยงาน", "en": "many organizations' data files side by side, with the total"},
    "cli.rollup.description": {
        "th": "แยกตามหน่วยงานและรวม: จำนวนโครงการ จำนวนตามสถานะ ร้อยละการนำไปปฏิบัติพร้อมสี งบประมาณ และเบิกจ่าย "
        "เรียงตามร้อยละจากมากไปน้อย FILE เป็นโฟลเดอร์ก็ได้ (ไฟล์ *.json ในโฟลเดอร์) ไฟล์ที่อ่านไม่ได้แสดงพร้อมเหตุ "
        "ไม่ถูกละไว้ อ่านไฟล์อย่างเดียว ไม่แก้ไข",
        "en": "Per organization and in total: measures, counts per status, implementation percent with its flag, budget "
        "and disbursed, sorted by implementation percent (highest first). A FILE may be a folder (its *.json files). "
        "A file that cannot be read is listed with the reason, never left out. The files are only read, never written.",
    },
    "cli.rollup.files": {"th": "ไฟล์ข้อมูล หรือโฟลเดอร์ของไฟล์", "en": "data files, or folders of them"},
    "cli.rollup.year": {"th": "ปีงบประมาณ (ค่าเริ่มต้น: ปีล่าสุดของแต่ละไฟล์)", "en": "fiscal year (default: each file's latest)"},
    "cli.rollup.format": {"th": "text (ค่าเริ่มต้น) csv หรือ xlsx (ค่าเริ่มต้น: ตามนามสกุลของ --out)", "en": "text (default), csv or xlsx (default: from --out's extension)"},
    "cli.rollup.view": {
        "th": "เปิดหน้าจอสรุปรวม (อ่านอย่างเดียว) ของไฟล์ข้อมูลในโฟลเดอร์ DIR (ดู 'tui-app rollup --help')",
        "en": "open the read-only roll-up of the data files in DIR (see 'tui-app rollup --help')",
    },
    "field.title": {"th": "ชื่อรายการ", "en": "title"},
    "field.dimension_title": {"th": "ชื่อมิติ", "en": "dimension title"},
    "field.step": {"th": "ข้อความขั้นตอน", "en": "step text"},
    "field.step_done": {"th": "เครื่องหมายทำแล้วของขั้นตอน", "en": "tick of the step"},
    "field.organization": {"th": "ชื่อหน่วยงาน", "en": "organization"},
    "field.result": {"th": "ผลการดำเนินการ", "en": "result"},
    "field.remarks": {"th": "หมายเหตุ", "en": "remarks"},
    "field.mission": {"th": "ภารกิจตามมิติ", "en": "mission"},
    "field.budget": {"th": "งบประมาณ", "en": "budget"},
    "field.disbursed": {"th": "เบิกจ่าย", "en": "disbursed amount"},
    "field.status": {"th": "สถานะ", "en": "status"},
    "field.kind": {"th": "ประเภท", "en": "kind"},
    "field.dimension": {"th": "มิติ", "en": "dimension"},
    "field.order": {"th": "ลำดับ", "en": "order"},
    "field.plan_title": {"th": "ชื่อแผน", "en": "plan title"},
    "field.plan_period": {"th": "ระยะเวลาของแผน", "en": "plan period"},
    "field.reporter": {"th": "ผู้รายงาน", "en": "reporter"},
    "field.position": {"th": "ตำแหน่ง", "en": "position"},
    "field.department": {"th": "ส่วนราชการ", "en": "department"},
    "field.doc_number_prefix": {"th": "ที่ (เลขหนังสือ)", "en": "document number"},
    "field.addressee": {"th": "เรียน", "en": "addressee"},
    "field.introduction": {"th": "บทนำ", "en": "introduction"},
    "field.problems": {"th": "ปัญหา อุปสรรค", "en": "problems"},
    "field.suggestions": {"th": "ข้อเสนอแนะ", "en": "suggestions"},
    "field.round_months": {"th": "รอบการรายงาน (เดือน)", "en": "round (months)"},
    "field.as_of": {"th": "ข้อมูล ณ วันที่", "en": "as-of date"},
    "field.uid": {"th": "รหัส uid", "en": "uid"},
    "field.fiscal_year": {"th": "ปีงบประมาณ", "en": "fiscal year"},
    "field.steps": {"th": "รายการขั้นตอน", "en": "steps"},
    "field.sub_points": {"th": "ข้อย่อยของขั้นตอน", "en": "sub-points"},
    "field.dimensions": {"th": "รายการมิติ", "en": "dimensions"},
    "field.level_bands": {"th": "เกณฑ์ระดับ", "en": "level bands"},
    "field.flag_thresholds": {"th": "เกณฑ์สีของรอบรายงาน", "en": "flag thresholds"},
    "field.frozen_at": {"th": "เวลาที่บันทึกรอบ", "en": "time of freezing"},
    "field.round_snapshot": {"th": "สำเนาแผนของรอบ", "en": "copy of the plan"},
    "field.national": {"th": "ข้อมูลระบบ e-PlanNACC", "en": "national system fields"},
    "field.quarters": {"th": "ไตรมาสที่ดำเนินการ (1-4)", "en": "quarters (1-4)"},
    "field.target_groups": {"th": "กลุ่มเป้าหมาย", "en": "target groups"},
    "field.objective": {"th": "วัตถุประสงค์", "en": "objective"},
    "field.budget_local_plan": {"th": "งบตามแผนพัฒนาท้องถิ่น (บาท)", "en": "budget, local development plan"},
    "field.budget_ordinance": {"th": "งบตามข้อบัญญัติ/เทศบัญญัติ (บาท)", "en": "budget, local ordinance"},
    "field.no_budget": {"th": "ไม่ใช้งบประมาณ", "en": "no budget used"},
    "field.cannot_reason": {"th": "เหตุที่ไม่สามารถดำเนินการได้", "en": "reason it cannot be carried out"},
    "field.cannot_text": {"th": "รายละเอียดเหตุอื่น ๆ", "en": "the other reason"},
    "field.indicator": {"th": "ตัวชี้วัด (เช่น รหัสข้อ ITA)", "en": "indicator (e.g. ITA item)"},
    "field.flag_green_6": {"th": "สีเขียว รอบ 6 เดือน ≥ %", "en": "green, 6-month ≥ %"},
    "field.flag_orange_6": {"th": "สีส้ม รอบ 6 เดือน ≥ %", "en": "orange, 6-month ≥ %"},
    "field.flag_green_12": {"th": "สีเขียว รอบ 12 เดือน ≥ %", "en": "green, 12-month ≥ %"},
    "field.flag_orange_12": {"th": "สีส้ม รอบ 12 เดือน ≥ %", "en": "orange, 12-month ≥ %"},
}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text of ``key`` in ``lang`` (Thai when unknown), with ``params`` filled in."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return template.format(**params) if params else template


def default_language(remembered: object = None) -> str:
    """``$TUI_APP_LANG`` if set to a known language, else ``remembered`` (the user's setting), else Thai."""
    for lang in (os.environ.get("TUI_APP_LANG"), remembered):
        if lang in LANGUAGES:
            return str(lang)
    return DEFAULT_LANGUAGE
