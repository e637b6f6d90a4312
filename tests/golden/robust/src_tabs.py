# Tabs and spaces mixed inconsistently: TabError.
if 1:
	if 1:
        pass
