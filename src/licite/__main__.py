"""``python -m licite`` runs the command line."""

from licite.cli import main

main()
