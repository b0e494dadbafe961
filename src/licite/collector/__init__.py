"""The compliant collector: Scrapy components that apply licite's rules while collecting.

Why a layer of its own: the collector reads declarations, obeys robots.txt, TDMRep and the
source's terms, and minimises, screens and stores what it reads, so it sits above the detectors
and the store and below the services that run it in a fresh process (Scrapy's reactor starts
once per process). Every module here works inside a plain Scrapy project too (docs/collect.md).
"""
