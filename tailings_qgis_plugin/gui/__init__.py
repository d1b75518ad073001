"""Dock panel and map tool: they show results and start algorithms; no analysis code here."""
