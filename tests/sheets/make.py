#!/usr/bin/env python3
"""Writes the test sheets of this folder from docs/examples/ledger-template.xlsx, as other
programs save them (run once; the files are committed; needs `pip install openpyxl odfpy`):

- ledger-1904.xlsx: the template saved with the 1904 date system (Excel for Mac, some WPS
  exports): the same dates, stored as day numbers counted from 1904-01-01.
- ledger-datetime.ods: the template as an OpenDocument sheet whose date cells carry a time
  of day (office:date-value="2027-03-01T00:00:00"), as LibreOffice writes them.
"""
import pathlib

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P

here = pathlib.Path(__file__).resolve().parent
template = here.parent.parent / "docs" / "examples" / "ledger-template.xlsx"

book = openpyxl.load_workbook(template)
book.epoch = CALENDAR_MAC_1904
book.save(here / "ledger-1904.xlsx")

rows = list(openpyxl.load_workbook(template).active.iter_rows(values_only=True))
doc = OpenDocumentSpreadsheet()
table = Table(name="台帐")
for row in rows:
    if all(v is None for v in row):
        continue
    tr = TableRow()
    for v in row:
        if v is None:
            cell = TableCell()
        elif hasattr(v, "strftime"):
            cell = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%dT%H:%M:%S"))
            cell.addElement(P(text=v.strftime("%Y-%m-%d")))
        elif isinstance(v, (int, float)):
            cell = TableCell(valuetype="float", value=v)
            cell.addElement(P(text=str(v)))
        else:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(v)))
        tr.addElement(cell)
    table.addElement(tr)
doc.spreadsheet.addElement(table)
doc.save(str(here / "ledger-datetime.ods"))
