\b[a-z-]+s\s+(and|or)\s+([a-z-]+\s+){0,2}[a-z-]+s\b.*\b(they|them)\b
