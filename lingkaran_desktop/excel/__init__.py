"""Spreadsheet adapters: reading any list officers keep (xlsx, xls, ods, csv) and writing xlsx.

No rules live here: the importer hands the values to ``domain.candidate.check_candidate``.
"""
