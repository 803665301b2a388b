#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the CourseFlow nodes workbooks the import tests read, from courseflow-nodes.csv:
#   courseflow-nodes.xlsx      the same table as CourseFlow's CSV (numbers stored as numbers,
#                              texts as shared strings, one line break inside a cell)
#   courseflow-badorder.xlsx   a node whose column_order is not a number (row 4)
# Run with Debian's interpreter (python3-openpyxl): /usr/bin/python3 make_courseflow_xlsx.py
import csv
import os

import openpyxl

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "courseflow-nodes.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))


def write(name, table):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Nodes"
    for row in table:
        sheet.append([int(c) if c.isdigit() else (c if c != "" else None) for c in row])
    # A second sheet that must not be read.
    book.create_sheet("Notes").append(["not", "the", "nodes"])
    book.save(os.path.join(here, name))


write("courseflow-nodes.xlsx", rows)
bad = [list(r) for r in rows]
bad[3][3] = "third"
write("courseflow-badorder.xlsx", bad)
