"""``python -m skillmap`` runs the command line, as the ``skillmap`` script does."""

from skillmap.cli import cli

cli(prog_name="skillmap")
