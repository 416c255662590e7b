"""Money: Swedish number and unit parsing normalised to mnkr, in table cells
and in running text."""
