# SPDX-License-Identifier: GPL-3.0-or-later
# Edits a CSV in LibreOffice Calc (headless, over UNO) as a designer would: opens it (comma,
# UTF-8), sets cells, adds a row below the last one, and saves it as Calc's "Text CSV" with
# semicolons (filter options 59,34,76,1: ';', '"', UTF-8, from line 1).
# usage: lo_edit_csv.py PROFILE_DIR IN.csv OUT.csv EDITS.json
#   EDITS.json: {"set": [[row, column, "text"], ...], "append": ["cell", "cell", ...]}
#   rows and columns are 0-based, row 0 being the header.
import json, os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

profile, source, target, edits_path = sys.argv[1:5]
with open(edits_path, encoding="utf-8") as f:
    edits = json.load(f)
pipe = "blendwise%d" % os.getpid()
office = subprocess.Popen(["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless",
                           "--invisible", "--norestore", "--nologo", "--accept=pipe,name=%s;urp;" % pipe],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.25)
    if ctx is None:
        sys.exit("LibreOffice did not answer")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                       (prop("Hidden", True), prop("FilterName", "Text - txt - csv (StarCalc)"),
                                        prop("FilterOptions", "44,34,76,1")))
    sheet = doc.Sheets.getByIndex(0)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_row = cursor.RangeAddress.EndRow
    # Typed into the cell as a person types (setFormula), so Calc reads numbers as numbers.
    for row, column, text in edits.get("set", []):
        sheet.getCellByPosition(column, row).setFormula(text)
    for column, text in enumerate(edits.get("append", [])):
        if text:
            sheet.getCellByPosition(column, last_row + 1).setFormula(text)
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                   (prop("FilterName", "Text - txt - csv (StarCalc)"), prop("FilterOptions", "59,34,76,1")))
    doc.close(True)
    desktop.terminate()
finally:
    try:
        office.wait(30)
    except Exception:
        office.kill()
