"""ReportLab rendering of letters and forms: plain data in, PDF bytes out (no Qt, no session)."""
