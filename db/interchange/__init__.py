"""Moving case data in and out of an archive: CSV for spreadsheets, JSON for whole archives."""
