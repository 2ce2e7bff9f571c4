\b(they|them)\b
