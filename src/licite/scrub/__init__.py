"""Scrubbing contact files against opposition lists, column-wise (DuckDB and Arrow).

Layer 1, beside ``store``: reads and writes contact files, normalises their identifiers in
bulk and parses the list files of Bloctel, Brevo, Mailchimp and INSEE SIRENE.
"""
