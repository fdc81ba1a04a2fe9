"""A held-out evaluation of search: another institution's directory and researchers' queries.

``institution.py`` generates "Northgate University", whose skill names are written the way HR
and skills surveys write them (full names, en dashes, British spellings, qualifiers, and some
skills the taxonomy lacks), as a contract bundle imported through the normal importer.
``queries.py`` holds the graded queries, judged from the generator's own truth (who holds which
skill at which level, who plays which role in which facility), never from the engine.

The set is held out: it was written before the engine was changed and is never tuned against.
"""
