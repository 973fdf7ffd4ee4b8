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
    "store.no_year": {
        "th": "{path}: ไม่มีข้อมูลปีงบประมาณ {year} (มี: {years})",
        "en": "{path}: there is no fiscal year {year} (there are: {years})",
    },
    "store.year_exists": {
        "th": "{path}: มีข้อมูลปีงบประมาณ {year} อยู่แล้ว (ไม่ได้แก้ไขไฟล์)",
        "en": "{path}: fiscal year {year} is already there (left untouched)",
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
    "export.binary_to_terminal": {
        "th": "ไฟล์ .{format} ไม่ใช่ข้อความ จึงไม่พิมพ์ออกจอ: ใช้ --out FILE หรือ > FILE",
        "en": "a .{format} file is not text and is not printed on a terminal: use --out FILE or > FILE",
    },
    "export.no_status": {"th": "ต้องเลือกสถานะอย่างน้อยหนึ่งสถานะ", "en": "choose at least one status"},
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
    "key.command_palette": {"th": "คำสั่ง", "en": "Palette"},
    "key.overview.open": {"th": "เปิด", "en": "Open"},
    "key.overview.dimension": {"th": "เปิดมิติตามหมายเลข", "en": "Open a dimension by its number"},
    "key.overview.status_table": {"th": "ตารางสถานะ", "en": "Table"},
    "key.overview.plan_details": {"th": "รายละเอียดแผน", "en": "Plan"},
    "key.overview.history": {"th": "ประวัติ", "en": "History"},
    "key.dimension.open": {"th": "เปิด", "en": "Open"},
    "key.dimension.filter": {"th": "ค้นหา", "en": "Filter"},
    "key.dimension.filter_done": {"th": "ไปที่ตาราง", "en": "To table"},
    "key.dimension.filter_clear": {"th": "ล้างคำค้น", "en": "Clear"},
    "key.dimension.status": {"th": "กรองสถานะ", "en": "Status"},
    "key.dimension.sort": {"th": "เรียง", "en": "Sort"},
    "key.dimension.reverse": {"th": "กลับลำดับ", "en": "Reverse"},
    "key.measure.toggle_step": {"th": "ทำแล้ว", "en": "Done"},
    "key.measure.add_step": {"th": "เพิ่ม", "en": "Add"},
    "key.measure.edit_step": {"th": "แก้ไข", "en": "Edit"},
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
        "งบประมาณและเบิกจ่ายบันทึกเมื่อกด Enter หรือออกจากช่อง\n"
        "s สถานะ · k ประเภท · b งบประมาณ · r ผลการดำเนินการ · n หมายเหตุ · t แก้ชื่อรายการ · m แก้ภารกิจ\n"
        "ถ้ามีผู้อื่นแก้ไขช่องเดียวกันก่อน ข้อความของคุณยังอยู่ในช่อง: กด Ctrl+O เพื่อบันทึกทับ",
        "en": "The item's details, with its steps in the middle.\n"
        "In the steps: ↑ ↓ choose · Space done / not done · a add after the chosen step · e or Enter edit · "
        "d or Delete delete · K / J (or Alt+↑ / Alt+↓) move up / down\n"
        "Result and remarks are saved when you leave the field (Tab, Esc) or press Ctrl+O / F2 · "
        "budget and disbursed when you press Enter or leave the field\n"
        "s status · k kind · b budget · r result · n remarks · t edit the title · m edit the mission\n"
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
    "dimension.empty": {"th": "ไม่มีรายการที่ตรงกับตัวกรอง (Esc ที่ช่องค้นหาเพื่อล้าง · s เปลี่ยนสถานะ)", "en": "No item matches the filter (Esc in the filter clears it · s changes the status)."},
    "dimension.none": {"th": "มิตินี้ยังไม่มีรายการ", "en": "This dimension has no items yet."},
    # --- screens: measure ---
    "measure.heading": {"th": "มิติที่ {dimension} › รายการลำดับ {order}", "en": "Dimension {dimension} › item {order}"},
    "measure.mission": {"th": "ภารกิจตามมิติ", "en": "Mission"},
    "measure.no_mission": {"th": "(ไม่ได้ระบุ: กด m เพื่อเพิ่ม)", "en": "(none: press m to add one)"},
    "measure.kind": {"th": "ประเภท", "en": "Kind"},
    "measure.status": {"th": "สถานะ", "en": "Status"},
    "measure.budget": {"th": "งบประมาณ", "en": "Budget"},
    "measure.disbursed": {"th": "เบิกจ่าย", "en": "Disbursed"},
    "measure.baht": {"th": "บาท", "en": "baht"},
    "measure.steps": {"th": "ขั้นตอนการดำเนินงาน (ทำแล้ว {done}/{total})", "en": "Steps ({done}/{total} done)"},
    "measure.no_steps": {"th": "ยังไม่มีขั้นตอน: กด a เพื่อเพิ่ม", "en": "No steps yet: press a to add one."},
    "measure.result": {"th": "ผลการดำเนินการ", "en": "Result"},
    "measure.remarks": {"th": "หมายเหตุ", "en": "Remarks"},
    "measure.text_placeholder": {"th": "(ว่าง) บันทึกเมื่อออกจากช่อง หรือกด Ctrl+O", "en": "(empty) saved when you leave the field, or press Ctrl+O"},
    "measure.add_step": {"th": "ขั้นตอนใหม่ (ต่อจากขั้นตอนที่เลือก)", "en": "New step (after the chosen one)"},
    "measure.edit_step": {"th": "แก้ไขขั้นตอนที่ {number}", "en": "Edit step {number}"},
    "measure.confirm_delete_step": {"th": "ลบขั้นตอนที่ {number} “{text}” หรือไม่?", "en": "Delete step {number} “{text}”?"},
    "measure.offer_completed": {
        "th": "ทำครบทุกขั้นตอนแล้ว: เปลี่ยนสถานะเป็น “ดำเนินการแล้วเสร็จ” หรือไม่?",
        "en": "Every step is done: set the status to “completed”?",
    },
    "measure.edit_title": {"th": "ชื่อรายการ", "en": "Title"},
    "measure.edit_mission": {"th": "ภารกิจตามมิติ", "en": "Mission"},
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
    "field.title": {"th": "ชื่อรายการ", "en": "title"},
    "field.dimension_title": {"th": "ชื่อมิติ", "en": "dimension title"},
    "field.step": {"th": "ข้อความขั้นตอน", "en": "step text"},
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
