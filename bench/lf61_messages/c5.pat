\b(?:has|have|did|does|do|were|was|is|are)\s+(?:the\s+)?[\w\s]{1,40}?\b(?:given|consulted|paid|told|informed|checked|inspected)\b
